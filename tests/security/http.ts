/*
 * A small HTTP client for the security tests: one cookie jar per person, cookies kept by name
 * and path as a browser keeps them, redirects never followed (the tests look at each answer).
 */
import http from "node:http";

export type FormFields = Record<string, string | string[]>;

export interface Answer {
  status: number;
  headers: Headers;
  body: string;
  /** Where a redirect points, as a path. */
  location: string | undefined;
  /** The Set-Cookie lines, as sent. */
  setCookies: string[];
}

interface StoredCookie {
  name: string;
  value: string;
  path: string;
}

export function formBody(fields: FormFields): URLSearchParams {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields))
    for (const one of Array.isArray(value) ? value : [value]) body.append(name, one);
  return body;
}

/** The name=value part of a Set-Cookie line for `name`, if the answer set one. */
export function cookieFrom(answer: Answer, name: string): string | undefined {
  return answer.setCookies.map((line) => line.split(";")[0]!).find((c) => c.startsWith(`${name}=`));
}

/**
 * One request on its own connection: a kept-alive socket the server has just closed would
 * fail a request now and then, and these tests must not be flaky.
 */
function send(
  method: string,
  url: URL,
  body: string | undefined,
  headers: Record<string, string>,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", reject);
      response.on("end", () => {
        const received = new Headers();
        for (let i = 0; i < response.rawHeaders.length; i += 2)
          received.append(response.rawHeaders[i]!, response.rawHeaders[i + 1]!);
        const location = response.headers.location;
        const target = location ? new URL(location, url) : undefined;
        resolve({
          status: response.statusCode!,
          headers: received,
          body: Buffer.concat(chunks).toString("utf8"),
          location: target ? target.pathname + target.search : undefined,
          setCookies: response.headers["set-cookie"] ?? [],
        });
      });
    });
    request.on("error", reject);
    request.end(body);
  });
}

export class Client {
  private cookies: StoredCookie[] = [];

  constructor(readonly origin: string) {}

  /** Adds a cookie by hand (`name=value`), as an attacker planting one would. */
  plant(cookie: string, path = "/") {
    const [name, ...rest] = cookie.split("=");
    this.store({ name: name!, value: rest.join("="), path });
  }

  cookieHeader(pathname: string): string {
    return this.cookies
      .filter((c) => pathname === c.path || pathname.startsWith(`${c.path.replace(/\/$/, "")}/`))
      .map((c) => `${c.name}=${c.value}`)
      .join("; ");
  }

  private store(cookie: StoredCookie) {
    this.cookies = this.cookies.filter((c) => c.name !== cookie.name || c.path !== cookie.path);
    if (cookie.value !== "") this.cookies.push(cookie);
  }

  private remember(lines: string[]) {
    for (const line of lines) {
      const [pair, ...attributes] = line.split(";").map((part) => part.trim());
      const [name, ...rest] = pair!.split("=");
      const attribute = (key: string) =>
        attributes
          .find((a) => a.toLowerCase().startsWith(`${key}=`))
          ?.slice(key.length + 1)
          .trim();
      const expired =
        attribute("max-age") === "0" ||
        (attribute("expires") !== undefined && Date.parse(attribute("expires")!) < Date.now());
      this.store({
        name: name!,
        value: expired ? "" : rest.join("="),
        path: attribute("path") ?? "/",
      });
    }
  }

  async request(
    method: string,
    target: string,
    options: {
      form?: FormFields;
      headers?: Record<string, string>;
      /** `send`: the jar's cookies go out, but what the answer sets is not kept. */
      cookies?: "keep" | "send";
    } = {},
  ): Promise<Answer> {
    const url = new URL(target, this.origin);
    const cookie = this.cookieHeader(url.pathname);
    const body = options.form ? formBody(options.form).toString() : undefined;
    const answer = await send(method, url, body, {
      ...(cookie ? { Cookie: cookie } : {}),
      ...(body === undefined
        ? {}
        : {
            "Content-Type": "application/x-www-form-urlencoded",
            "Content-Length": String(Buffer.byteLength(body)),
          }),
      ...options.headers,
    });
    if (options.cookies !== "send") this.remember(answer.setCookies);
    return answer;
  }

  get(target: string, headers: Record<string, string> = {}) {
    return this.request("GET", target, { headers });
  }

  /** A form post from one of our own pages: what a browser sends with Referrer-Policy: no-referrer. */
  post(target: string, form: FormFields = {}, headers: Record<string, string> = {}) {
    return this.request("POST", target, {
      form,
      headers: { Origin: "null", "Sec-Fetch-Site": "same-origin", ...headers },
    });
  }

  /** A page that must answer 200; the error says what came back instead. */
  async page(target: string): Promise<string> {
    const answer = await this.get(target);
    if (answer.status !== 200)
      throw new Error(`GET ${target} answered ${answer.status} ${answer.location ?? ""}`);
    return answer.body;
  }

  /** Signs in through the sign-in form; returns the answer (302 with a session, or not). */
  signIn(email: string, password: string) {
    return this.post("/sign-in", { email, password, returnTo: "/inspections" });
  }
}
