import { createContext, useContext } from "react";

const NonceContext = createContext("");

/** Carries the per-request CSP nonce to Remix's inline scripts. */
export const NonceProvider = NonceContext.Provider;
export const useNonce = () => useContext(NonceContext);
