import nodemailer from "nodemailer";
import { NotifyClient } from "notifications-node-client";
import type { MailMessage, MailTransport } from "./outbox.server";

/*
 * Where email goes. Chosen by the environment:
 *   NOTIFY_API_KEY (+ NOTIFY_TEMPLATE_ID)  GOV.UK Notify
 *   SMTP_URL (+ MAIL_FROM)                 any SMTP server, through nodemailer
 *   MAIL_TRANSPORT=dev                     kept in memory and shown at /dev/mail (refused
 *                                          on PostgreSQL in production)
 * With none of them, the embedded demo database uses the development transport; a real
 * deployment keeps every message in the outbox (and logs why) until one is configured.
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
    throw new MailNotConfigured("Set NOTIFY_API_KEY, SMTP_URL or MAIL_TRANSPORT=dev");
  },
};

export function chooseTransport(
  env: Record<string, string | undefined>,
  databaseKind: "pglite" | "postgres",
): MailTransport {
  const wanted =
    env.MAIL_TRANSPORT ??
    (env.NOTIFY_API_KEY
      ? "notify"
      : env.SMTP_URL
        ? "smtp"
        : databaseKind === "pglite"
          ? "dev"
          : "");
  if (wanted === "notify" && env.NOTIFY_API_KEY && env.NOTIFY_TEMPLATE_ID)
    return notifyTransport(env.NOTIFY_API_KEY, env.NOTIFY_TEMPLATE_ID);
  if (wanted === "smtp" && env.SMTP_URL)
    return smtpTransport(env.SMTP_URL, env.MAIL_FROM ?? "SEND Voice <no-reply@send-voice.invalid>");
  // The development mailbox shows every message to anyone: never on a real deployment.
  const realDeployment = databaseKind === "postgres" && env.NODE_ENV === "production";
  if (wanted === "dev" && !realDeployment) return devTransport;
  return unconfigured;
}

let active: MailTransport | undefined;

/** The transport the mail worker uses; the dev mail page exists only when it is `dev`. */
export function activeTransport(): MailTransport | undefined {
  return active;
}

export function setActiveTransport(transport: MailTransport): void {
  active = transport;
}
