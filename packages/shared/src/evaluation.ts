// Contracts of the evaluation context (Kirkpatrick levels 1–4).
export {};
