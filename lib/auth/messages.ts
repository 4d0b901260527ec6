// One message for every sign-in failure, so it never tells whether the email exists or the account is locked.
export const LOGIN_FAILED = "Email or password is incorrect, or the account is temporarily locked. Try again later.";

// The second step's refusal: the password was right, so this may say what went wrong with the code.
export const CODE_FAILED =
  "That code did not work. Codes change every 30 seconds and work once: wait for the next one, or use a recovery code.";

// "Forgot password" answers this for every address, known or not, throttled or not.
export const RESET_SENT =
  "If that address has an account, we sent a link to choose a new password. It works once, for 15 minutes. Check your inbox (and the spam folder).";

// What a mailed link says when it cannot be used: plainly, and what to do next is on the page.
export const LINK_PROBLEM = {
  unknown: "This link is not valid. Check that you opened the whole link from the mail.",
  used: "This link was already used. Each link works once.",
  expired: "This link has expired, or a newer one was sent.",
} as const;

// A passkey that did not open the desk: unknown here, cancelled, or the account is locked or deactivated.
export const PASSKEY_FAILED =
  "That passkey did not sign you in. It may belong to another site or a removed passkey, or the account is locked.";
