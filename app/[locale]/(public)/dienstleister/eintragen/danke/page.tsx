import { ThanksPage, thanksMetadata } from "@/components/ui/thanks-page";

// Static: the same page for everyone (it must not tell a robot whether its sign-up was stored).
export const generateMetadata = () => thanksMetadata("signup.thanks");

export default function SignupThanksPage() {
  return <ThanksPage namespace="signup.thanks" backHref="/dienstleister" />;
}
