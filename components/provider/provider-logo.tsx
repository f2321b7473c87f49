import type { LogoView } from "@/components/cards/card-view";
import type { LogoDTO } from "@/lib/media/dto";
import { variantUrl } from "@/lib/media/keys";
import { fitLogo, variantWidths } from "@/lib/media/limits";

interface Props {
  logo: LogoDTO;
  /** The box the logo is fitted into (CSS px); width/height attributes follow, so nothing shifts. */
  box: { width: number; height: number };
  /** Empty where the provider's name is written next to the logo (cards): screen readers would read it twice. */
  alt: string;
  /** Lists: only the logos scrolled to are loaded. */
  lazy?: boolean;
  className?: string;
}

/** An uploaded logo from /medien as <img> attributes: the WebP variants the browser picks from by pixel density. */
export function logoView(logo: LogoDTO, box: { width: number; height: number }): LogoView {
  const size = fitLogo(logo, box);
  const widths = variantWidths(logo.width);
  const srcSet = widths.map((width) => `${variantUrl(logo.hash, width)} ${width}w`).join(", ");
  const fallback = widths.find((width) => width >= size.width) ?? widths[widths.length - 1]!;
  return { src: variantUrl(logo.hash, fallback), srcSet, sizes: `${size.width}px`, width: size.width, height: size.height };
}

export function ProviderLogo({ logo, box, alt, lazy = false, className = "" }: Props) {
  return (
    // A plain img: next/image's optimiser would fetch and re-encode what is already a fixed set of
    // WebP variants, and its cache is per instance.
    // eslint-disable-next-line @next/next/no-img-element
    <img
      {...logoView(logo, box)}
      alt={alt}
      loading={lazy ? "lazy" : undefined}
      decoding="async"
      className={`bg-white object-contain ${className}`}
      data-logo
    />
  );
}

/** The boxes logos are drawn in: list cards and the detail page. */
export const CARD_LOGO_BOX = { width: 96, height: 64 };
export const DETAIL_LOGO_BOX = { width: 192, height: 128 };
