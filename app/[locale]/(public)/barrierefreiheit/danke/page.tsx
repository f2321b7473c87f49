import { ThanksPage, thanksMetadata } from "@/components/ui/thanks-page";

// Static: the same page for everyone (it must not tell a robot whether its report was stored).
export const generateMetadata = () => thanksMetadata("legal.feedbackThanks");

export default function FeedbackThanksPage() {
  return <ThanksPage namespace="legal.feedbackThanks" backHref="/barrierefreiheit" />;
}
