import { ThanksPage, thanksMetadata } from "@/components/ui/thanks-page";

// Static: the same page for every request, stored or not (it must not tell whether an address is known).
export const generateMetadata = () => thanksMetadata("alerts.thanks");

export default function AlertThanksPage() {
  return <ThanksPage namespace="alerts.thanks" backHref="/foerderprogramme" />;
}
