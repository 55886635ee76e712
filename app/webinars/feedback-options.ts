/** The answers each feedback question offers (#22), for the form, its checks and the summary. */
export const usefulOptions = ["very", "quite", "not"] as const;
export const heardOptions = ["yes", "partly", "no"] as const;
