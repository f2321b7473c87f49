import { expect } from "vitest";
import { inviteToProfileTx } from "@/lib/account/invitations";
import { issueToken } from "@/lib/account/tokens";
import { SESSION_COOKIE } from "@/lib/auth/config";
import { db } from "@/lib/db/client";
import { submitProviderSignup } from "@/lib/signup/service";
import * as accountActions from "@/app/[locale]/(workspace)/konto/actions";
import { setProviderLogo } from "@/lib/provider/logo-service";
import * as profileActions from "@/app/[locale]/(workspace)/mein-profil/actions";
import * as ownLogoActions from "@/app/[locale]/(workspace)/mein-profil/logo-actions";
import * as signInActions from "@/app/[locale]/(auth)/anmelden/sign-in-action";
import * as signOutActions from "@/app/[locale]/(auth)/sign-out-action";
import * as resetRequestActions from "@/app/[locale]/(auth)/passwort-vergessen/actions";
import * as resetActions from "@/app/[locale]/(auth)/passwort-neu/[token]/actions";
import * as invitationAcceptActions from "@/app/[locale]/(auth)/einladung/[token]/actions";
import * as signupActions from "@/app/[locale]/(public)/dienstleister/eintragen/actions";
import * as signupConfirmActions from "@/app/[locale]/(public)/dienstleister/eintragen/bestaetigen/[token]/actions";
import { initial, type CaseTable, type Diff } from "./case";
import { formDataOf, request } from "./harness";
import { advisorValues, createAccount, newAdvisor, newProvider, PASSWORD, providerValues, uniqueEmail, uniqueWord } from "./fixtures";
import { freshIp, signupValues } from "./cases-admin";
import { LOGO, logoFile } from "./cases-public-alerts";

// The signed-in person's own account and entry, and the public forms.
const NEW_PASSWORD = "Replay-Neues-Passwort-2026";

/** Every changed ProfileRevision belongs to the acting account's own entry. */
async function onlyOwnRevisions(diff: Diff) {
  expect(diff.has("Advisor") || diff.has("Provider"), "a proposal changes no entry").toBe(false);
  const ids = diff.get("ProfileRevision") ?? [];
  const rows = await db.profileRevision.findMany({ where: { id: { in: ids } }, select: { advisorId: true, providerId: true } });
  const own = { advisorId: request.actor?.advisorId ?? null, providerId: request.actor?.providerId ?? null };
  expect(rows.length).toBe(ids.length);
  for (const row of rows) expect(row).toEqual(own);
}

async function unconfirmedSignupToken() {
  const email = uniqueEmail("replay-confirm");
  await submitProviderSignup(signupValues(`Replay Bestätigung ${uniqueWord("b")}`, email), freshIp());
  const signup = await db.providerSignup.findFirstOrThrow({ where: { email }, select: { id: true } });
  // A second link revokes the one in the mail: the test needs the plain token, which is stored nowhere.
  const { token } = await db.$transaction((tx) => issueToken(tx, "SIGNUP_CONFIRMATION", { signupId: signup.id }));
  return { token, id: signup.id };
}

export const selfCases: CaseTable = {
  "app/[locale]/(workspace)/konto/actions.ts#changePasswordAction": {
    expect: { kind: "own", changes: ["User"], mayChange: ["AuditLog", "RateLimitBucket"] },
    prepare: async () => {
      const form = formDataOf({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD, repeatPassword: NEW_PASSWORD });
      return { call: () => accountActions.changePasswordAction(initial, form) };
    },
  },
  "app/[locale]/(workspace)/mein-profil/actions.ts#proposeOwnProfileAction": {
    expect: { kind: "permission", permission: "profile.editOwn", changes: ["ProfileRevision", "AuditLog"] },
    prepare: async ({ actors }) => {
      // Another advisor's and provider's ids forged into the post: the service must ignore them.
      const victimAdvisor = await newAdvisor(actors.ADMIN);
      const victimProvider = await newProvider(actors.ADMIN);
      const form = formDataOf({
        ...advisorValues("Fremder Name"),
        ...providerValues("Fremder Name"),
        summary: "Eigene Änderung beim Replay.",
        id: victimAdvisor.id,
        advisorId: victimAdvisor.id,
        providerId: victimProvider.id,
        entityId: victimProvider.id,
      });
      return { call: () => profileActions.proposeOwnProfileAction(initial, form), check: onlyOwnRevisions };
    },
  },
  "app/[locale]/(workspace)/mein-profil/logo-actions.ts#proposeOwnLogoAction": {
    expect: { kind: "permission", permission: "profile.proposeLogo", changes: ["ProfileRevision", "AuditLog"] },
    prepare: async ({ actors }) => {
      // Another provider's id forged into the post: the logo is proposed for the own entry only.
      const victim = await newProvider(actors.ADMIN);
      const form = formDataOf({ logo: logoFile(), id: victim.id, providerId: victim.id });
      return { call: () => ownLogoActions.proposeOwnLogoAction(initial, form), check: onlyOwnRevisions, fixtureIds: [victim.id] };
    },
  },
  "app/[locale]/(workspace)/mein-profil/logo-actions.ts#proposeOwnLogoRemovalAction": {
    expect: { kind: "permission", permission: "profile.proposeLogo", changes: ["ProfileRevision", "AuditLog"] },
    prepare: async ({ actors }) => {
      // The own entry has a logo to remove; the forged id names another provider's, which stays.
      const victim = await newProvider(actors.ADMIN);
      await setProviderLogo(actors.ADMIN, actors.PROVIDER.providerId!, new Uint8Array(LOGO));
      await setProviderLogo(actors.ADMIN, victim.id, new Uint8Array(LOGO));
      const form = formDataOf({ id: victim.id, providerId: victim.id });
      return { call: () => ownLogoActions.proposeOwnLogoRemovalAction(initial, form), check: onlyOwnRevisions, fixtureIds: [victim.id] };
    },
  },
  "app/[locale]/(auth)/sign-out-action.ts#signOutAction": {
    expect: { kind: "own", changes: [], mayChange: [] },
    prepare: async () => ({
      call: () => signOutActions.signOutAction(),
      check: () => expect(request.cookies.has(SESSION_COOKIE.name)).toBe(false),
    }),
  },

  "app/[locale]/(auth)/anmelden/sign-in-action.ts#signInAction": {
    expect: { kind: "public", changes: ["User"] },
    prepare: async () => {
      const user = await createAccount("EDITOR");
      return { call: () => signInActions.signInAction(initial, formDataOf({ email: user.email, password: PASSWORD })), fixtureIds: [user.id] };
    },
  },
  "app/[locale]/(auth)/passwort-vergessen/actions.ts#requestResetAction": {
    expect: { kind: "public", changes: ["AccountToken", "MailMessage", "RateLimitBucket"] },
    prepare: async () => {
      const user = await createAccount("EDITOR");
      return { call: () => resetRequestActions.requestResetAction(initial, formDataOf({ email: user.email })), fixtureIds: [user.id] };
    },
  },
  "app/[locale]/(auth)/passwort-neu/[token]/actions.ts#resetPasswordAction": {
    expect: { kind: "public", changes: ["User", "AccountToken"] },
    prepare: async () => {
      const user = await createAccount("EDITOR");
      const { token } = await db.$transaction((tx) => issueToken(tx, "PASSWORD_RESET", { userId: user.id }));
      const form = formDataOf({ password: NEW_PASSWORD, passwordRepeat: NEW_PASSWORD });
      return { call: () => resetActions.resetPasswordAction(token, initial, form), fixtureIds: [user.id, token] };
    },
  },
  "app/[locale]/(auth)/einladung/[token]/actions.ts#acceptInvitationAction": {
    expect: { kind: "public", changes: ["User", "AccountToken"] },
    prepare: async ({ actors }) => {
      const advisor = await newAdvisor(actors.ADMIN);
      let token = "";
      const { userId } = await db.$transaction((tx) =>
        inviteToProfileTx(tx, actors.ADMIN, { name: "Replay Einladung", email: uniqueEmail("replay-accept"), target: { advisorId: advisor.id } }, {
          mail: async (_tx, _to, _entry, link) => {
            token = link.token;
          },
        }),
      );
      const form = formDataOf({ password: NEW_PASSWORD, passwordRepeat: NEW_PASSWORD });
      return { call: () => invitationAcceptActions.acceptInvitationAction(token, initial, form), fixtureIds: [userId, token] };
    },
  },
  "app/[locale]/(public)/dienstleister/eintragen/actions.ts#submitSignupAction": {
    expect: { kind: "public", changes: ["ProviderSignup", "AccountToken", "MailMessage", "RateLimitBucket"] },
    prepare: async () => {
      const form = formDataOf(signupValues(`Replay Anmeldung ${uniqueWord("s")}`, uniqueEmail("replay-submit")));
      return { call: () => signupActions.submitSignupAction(initial, form) };
    },
  },
  "app/[locale]/(public)/dienstleister/eintragen/bestaetigen/[token]/actions.ts#confirmSignupAction": {
    expect: { kind: "public", changes: ["ProviderSignup", "AccountToken"] },
    prepare: async () => {
      const { token, id } = await unconfirmedSignupToken();
      return { call: () => signupConfirmActions.confirmSignupAction(token), fixtureIds: [id, token] };
    },
  },
};

export { NEW_PASSWORD };
