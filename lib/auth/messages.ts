// One message for every sign-in failure, so it never tells whether the email exists or the account is locked.
export const LOGIN_FAILED = "Email or password is incorrect, or the account is temporarily locked. Try again later.";
