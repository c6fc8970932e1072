// Contracts of this area of the training centre (see centre.ts for the shared vocabulary).
export {};
