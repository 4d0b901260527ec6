import { z } from "zod";

export const forgotPasswordSchema = z.object({ email: z.email("Enter a valid email address.").max(320) });
export const choosePasswordSchema = z.object({
  token: z.string().max(100),
  password: z.string().max(1000),
  confirm: z.string().max(1000),
});
