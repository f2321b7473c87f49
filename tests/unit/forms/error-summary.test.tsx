import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ConsentField } from "@/components/forms/consent-field";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormContext } from "@/components/forms/form-context";
import { FormTexts } from "@/components/forms/form-texts";
import type { FormState } from "@/lib/actions/form-state";

const texts = {
  "editor.form.errorSummaryHeading": "Es gibt ein Problem",
  "editor.form.errorPrefix": "Fehler:",
  "editor.validation.required": "Bitte füllen Sie dieses Feld aus.",
  "signup.validation.consent": "Bitte bestätigen Sie die Einwilligung.",
};
const labels = { name: "Name", postalCode: "Postleitzahl", email: "E-Mail-Adresse", consent: "Einwilligung" };
// As zod reports them: in the schema's order, not the form's.
const refused: FormState = {
  status: "error",
  formError: "errors.invalid",
  fieldErrors: { name: ["validation.required"], email: ["validation.required"], postalCode: ["validation.required"], consent: ["signup.validation.consent"] },
  values: {},
};

const summary = (props: Partial<Parameters<typeof ErrorSummary>[0]>, state: FormState = refused, formTexts: Record<string, string> = texts) =>
  renderToStaticMarkup(
    <FormTexts texts={formTexts}>
      <ErrorSummary state={state} labels={labels} {...props} />
    </FormTexts>,
  );
const linkTargets = (html: string) => [...html.matchAll(/href="#([^"]+)"/g)].map((match) => match[1]);

// Accessibility review of the public forms without JavaScript: the server's HTML itself must move
// the focus, prefix the title and list the problems in the form's order.
describe("ErrorSummary", () => {
  it("lists the messages in the form's order when it is given, else in the action's", () => {
    expect(linkTargets(summary({ fieldOrder: ["name", "postalCode", "email", "consent"] }))).toEqual(["feld-name", "feld-postalCode", "feld-email", "feld-consent"]);
    expect(linkTargets(summary({ fieldOrder: ["postalCode"] }))).toEqual(["feld-postalCode", "feld-name", "feld-email", "feld-consent"]);
    expect(linkTargets(summary({}))).toEqual(["feld-name", "feld-email", "feld-postalCode", "feld-consent"]);
  });

  it("is focused on load by the browser: autofocus on the summary, which takes focus by tabindex", () => {
    expect(summary({})).toMatch(/^<div tabindex="-1" autofocus="" role="alert" aria-labelledby="fehler-titel"/);
  });

  it("renders the page's title with the catalogue's prefix after a refused send, and without it before", () => {
    expect(summary({ pageTitle: "Als Dienstleister eintragen – Portal" })).toContain("<title>Fehler: Als Dienstleister eintragen – Portal</title>");
    expect(summary({ pageTitle: "Report – Portal" }, refused, { ...texts, "editor.form.errorPrefix": "Erreur :" })).toContain("<title>Erreur : Report – Portal</title>");
    expect(summary({ pageTitle: "Als Dienstleister eintragen – Portal" }, { status: "idle" })).toBe("<title>Als Dienstleister eintragen – Portal</title>");
  });

  it("renders no title without a pageTitle (the forms whose page's metadata has one)", () => {
    expect(summary({})).not.toContain("<title>");
    expect(summary({}, { status: "idle" })).toBe("");
  });
});

describe("ConsentField", () => {
  const consent = (state: FormState) =>
    renderToStaticMarkup(
      <FormTexts texts={texts}>
        <FormContext.Provider value={{ state, defaults: {} }}>
          <ConsentField heading="Einwilligung" label="Ich willige ein" />
        </FormContext.Provider>
      </FormTexts>,
    );

  it("describes the box by its message when refused, and the box only", () => {
    const html = consent(refused);
    expect(html).toMatch(/<input id="feld-consent" type="checkbox"[^>]* aria-describedby="feld-consent-fehler"[^>]*\/>/);
    expect(html).toMatch(/<input id="feld-consent"[^>]* aria-invalid="true"/);
    expect(html).toContain('<p id="feld-consent-fehler"');
    expect(html).toMatch(/^<fieldset class="[^"]*">/);
  });

  it("has no description before a send", () => {
    expect(consent({ status: "idle" })).not.toContain("aria-describedby");
  });
});
