/** A dialable tel: link for a phone number written for people ("+49 651 0000-123"). */
export function PhoneLink({ phone }: { phone: string }) {
  return <a href={`tel:${phone.replace(/[^+\d]/g, "")}`}>{phone}</a>;
}
