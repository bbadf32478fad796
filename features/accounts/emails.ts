import "server-only";
import { createTranslator } from "use-intl/core";
import { asLocale, type Locale } from "@/i18n/locales";
import { loadMessages } from "@/i18n/messages";
import { localizedPath } from "@/i18n/paths";
import { trySendMail } from "@/lib/mail";
import { absoluteUrl } from "@/lib/site-url";
import { findUserForEmail } from "./data";
import { INVITATION_DAYS } from "./limits";
import type { StaffRole } from "./permissions";

/**
 * The messages staff and claimants receive, each in the recipient's
 * language (messages `Email`), plain text, with links to this site only.
 */
async function emailTranslator(locale: string) {
  const code: Locale = asLocale(locale);
  const messages = await loadMessages(code);
  return { code, t: createTranslator({ locale: code, messages, namespace: "Email" }), roles: createTranslator({ locale: code, messages, namespace: "Account.roles" }) };
}

function link(locale: string, path: string): string {
  return absoluteUrl(localizedPath(locale, path));
}

async function send(to: string, locale: string, compose: (t: Awaited<ReturnType<typeof emailTranslator>>) => { subject: string; body: string }): Promise<boolean> {
  const translator = await emailTranslator(locale);
  const { subject, body } = compose(translator);
  return trySendMail({ to, locale: translator.code, subject, text: `${body}\n\n${translator.t("signature")}\n` });
}

export function invitationLink(locale: string, token: string): string {
  return link(locale, `/portal/invitation?token=${encodeURIComponent(token)}`);
}

export async function sendInvitationEmail(invitation: {
  to: string;
  locale: string;
  role: StaffRole;
  organizationName: string | null;
  inviterName: string;
  token: string;
}): Promise<boolean> {
  return send(invitation.to, invitation.locale, ({ t, roles, code }) => ({
    subject: invitation.organizationName ? t("invitationSubjectEditor", { organization: invitation.organizationName }) : t("invitationSubject"),
    body: invitation.organizationName
      ? t("invitationBodyEditor", { inviter: invitation.inviterName, organization: invitation.organizationName, days: INVITATION_DAYS, link: invitationLink(code, invitation.token) })
      : t("invitationBody", { inviter: invitation.inviterName, role: roles(invitation.role), days: INVITATION_DAYS, link: invitationLink(code, invitation.token) }),
  }));
}

/** better-auth calls this with the reset token when an account asked for one (lib/auth.ts). */
export async function sendPasswordResetEmail(userId: string, token: string): Promise<void> {
  const user = await findUserForEmail(userId);
  if (!user) return;
  await send(user.email, user.locale, ({ t, code }) => ({
    subject: t("resetSubject"),
    body: t("resetBody", { link: link(code, `/portal/reset-password?token=${encodeURIComponent(token)}`) }),
  }));
}

export async function sendClaimApprovedEmail(claim: { to: string; locale: string; organizationName: string; token: string }): Promise<boolean> {
  return send(claim.to, claim.locale, ({ t, code }) => ({
    subject: t("claimApprovedSubject", { organization: claim.organizationName }),
    body: t("claimApprovedBody", { organization: claim.organizationName, days: INVITATION_DAYS, link: invitationLink(code, claim.token) }),
  }));
}

export async function sendClaimRejectedEmail(claim: { to: string; locale: string; organizationName: string; reason: string }): Promise<boolean> {
  return send(claim.to, claim.locale, ({ t }) => ({
    subject: t("claimRejectedSubject", { organization: claim.organizationName }),
    body: t("claimRejectedBody", { organization: claim.organizationName, reason: claim.reason }),
  }));
}

export type ChangeDecision = "published" | "publishedInPart" | "rejected" | "changesRequested";

/** Tells a listing's editors what became of their change request. */
export async function sendChangeDecisionEmails(
  recipients: { email: string; locale: string }[],
  decision: { kind: ChangeDecision; organizationName: string; organizationSlug: string; reason?: string },
): Promise<void> {
  for (const recipient of recipients) {
    await send(recipient.email, recipient.locale, ({ t, code }) => {
      const values = {
        organization: decision.organizationName,
        reason: decision.reason ?? "",
        link: link(code, `/portal/organizations/${decision.organizationSlug}`),
      };
      return { subject: t(`${decision.kind}Subject`, values), body: t(`${decision.kind}Body`, values) };
    });
  }
}

export async function sendStaleReminderEmail(recipient: { email: string; locale: string }, listing: { organizationName: string; organizationSlug: string; daysSinceVerified: number | null }): Promise<boolean> {
  return send(recipient.email, recipient.locale, ({ t, code }) => {
    const values = { organization: listing.organizationName, link: link(code, `/portal/organizations/${listing.organizationSlug}`) };
    return {
      subject: t("staleSubject", values),
      body: listing.daysSinceVerified === null ? t("staleBodyNever", values) : t("staleBody", { ...values, days: listing.daysSinceVerified }),
    };
  });
}
