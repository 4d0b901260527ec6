// One message for every sign-in failure, so it never tells whether the email exists or the account is locked.
export const LOGIN_FAILED = "Email or password is incorrect, or the account is temporarily locked. Try again later.";

// The second step's refusal: the password was right, so this may say what went wrong with the code.
export const CODE_FAILED =
  "That code did not work. Codes change every 30 seconds and work once: wait for the next one, or use a recovery code.";

// A passkey that did not open the desk: unknown here, cancelled, or the account is locked or deactivated.
export const PASSKEY_FAILED =
  "That passkey did not sign you in. It may belong to another site or a removed passkey, or the account is locked.";
