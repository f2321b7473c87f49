// Tests run outside Next's react-server bundle, where the real `server-only` throws on import.
export {};
