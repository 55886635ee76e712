import nodemailer from "nodemailer";
import { NotifyClient } from "notifications-node-client";
import { settings } from "~/platform/settings.server";
import type { MailSetting } from "~/platform/settings.server";
import type { MailMessage, MailTransport } from "./outbox.server";

/*
 * Where email goes, as the checked settings say (app/platform/settings.server.ts, which
 * refuses a half-set service and the development mailbox in production):
 *   notify   GOV.UK Notify (NOTIFY_API_KEY and NOTIFY_TEMPLATE_ID)
 *   smtp     any SMTP server, through nodemailer (SMTP_URL and MAIL_FROM)
 *   dev      kept in memory and shown at /dev/mail (the demo and development only)
 *   none     nothing is sent: every message waits in the outbox until a service is set
 */

export interface SentMail extends MailMessage {
  sentAt: string;
}

const globalForMail = globalThis as typeof globalThis & { __sendVoiceDevMail?: SentMail[] };

/** The development mailbox: the newest 100 messages, in memory, newest first. */
export function devMailbox(): SentMail[] {
  globalForMail.__sendVoiceDevMail ??= [];
  return globalForMail.__sendVoiceDevMail;
}

export const devTransport: MailTransport = {
  name: "dev",
  async send(message) {
    const box = devMailbox();
    box.unshift({ ...message, sentAt: new Date().toISOString() });
    box.length = Math.min(box.length, 100);
  },
};

function smtpTransport(url: string, from: string): MailTransport {
  // Bounded waits, well inside the outbox's claim on a message (see outbox.server.ts).
  const address = new URL(url);
  address.searchParams.set("connectionTimeout", "20000");
  address.searchParams.set("greetingTimeout", "20000");
  address.searchParams.set("socketTimeout", "30000");
  const transporter = nodemailer.createTransport(address.toString());
  return {
    name: "smtp",
    async send(message) {
      await transporter.sendMail({
        from,
        to: message.to,
        subject: message.subject,
        text: message.body,
        messageId: `<${message.id}@send-voice>`,
        attachments: message.calendar
          ? [{ filename: "webinar.ics", content: message.calendar, contentType: "text/calendar" }]
          : [],
      });
    },
  };
}

/**
 * GOV.UK Notify sends from templates: one template with the placeholders ((subject)),
 * ((body)) and ((calendar)); the calendar file goes as a Notify file link.
 */
function notifyTransport(apiKey: string, templateId: string): MailTransport {
  const client = new NotifyClient(apiKey);
  return {
    name: "notify",
    async send(message) {
      const calendar = message.calendar
        ? client.prepareUpload(Buffer.from(message.calendar), {
            filename: "webinar.ics",
            confirmEmailBeforeDownload: false,
          })
        : "";
      await client.sendEmail(templateId, message.to, {
        personalisation: { subject: message.subject, body: message.body, calendar },
        reference: message.id,
      });
    },
  };
}

class MailNotConfigured extends Error {
  override name = "MailNotConfigured";
}

const unconfigured: MailTransport = {
  name: "none",
  async send() {
    throw new MailNotConfigured(
      "Set NOTIFY_API_KEY and NOTIFY_TEMPLATE_ID, or SMTP_URL and MAIL_FROM",
    );
  },
};

export function chooseTransport(mail: MailSetting): MailTransport {
  switch (mail.transport) {
    case "notify":
      return notifyTransport(mail.apiKey, mail.templateId);
    case "smtp":
      return smtpTransport(mail.url, mail.from);
    case "dev":
      return devTransport;
    case "none":
      return unconfigured;
  }
}

/**
 * Whether email is really sent (or, in the demo, shown at /dev/mail): pages say "we have sent
 * an email" only when it is, and say what happens instead when it is not.
 */
export function mailIsSent(mail: MailSetting = settings().mail): boolean {
  return mail.transport === "notify" || mail.transport === "smtp" || mail.transport === "dev";
}

let active: MailTransport | undefined;

/** The transport the mail worker uses; the dev mail page exists only when it is `dev`. */
export function activeTransport(): MailTransport | undefined {
  return active;
}

export function setActiveTransport(transport: MailTransport): void {
  active = transport;
}
