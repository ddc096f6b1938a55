"use client";

import { useCallback, type FocusEvent, type FormEvent } from "react";
import { useStateFromProp } from "@/components/hooks/use-state-from-prop";
import type { z } from "zod";
import { fieldErrorsOf, formDataToObject } from "@/lib/validation/fields";

/**
 * Instant feedback with the same zod schema the server action uses. A field is checked when the user
 * leaves it; an error clears while the user types the fix (never on blur: a message vanishing as the
 * pointer goes down would shift the layout and swallow the click on Save); every field is checked on
 * submit. The server's answer replaces the browser's when it arrives.
 */
export function useValidatedForm(schema: z.ZodType, serverErrors: Record<string, string>, submit: (formData: FormData) => void) {
  const [errors, setErrors] = useStateFromProp<Record<string, string>>(serverErrors);

  const validate = useCallback(
    (form: HTMLFormElement) => {
      const result = schema.safeParse(formDataToObject(new FormData(form)));
      return result.success ? {} : fieldErrorsOf(result.error);
    },
    [schema],
  );

  const onBlur = useCallback(
    (event: FocusEvent<HTMLFormElement>) => {
      const name = (event.target as unknown as { name?: string }).name;
      if (!name) return;
      const message = validate(event.currentTarget)[name];
      if (message) setErrors((previous) => (previous[name] === message ? previous : { ...previous, [name]: message }));
    },
    [setErrors, validate],
  );

  const onChange = useCallback(
    (event: FormEvent<HTMLFormElement>) => {
      const name = (event.target as unknown as { name?: string }).name;
      if (!name || !(name in errors)) return;
      if (!validate(event.currentTarget)[name]) {
        setErrors((previous) => {
          const next = { ...previous };
          delete next[name];
          return next;
        });
      }
    },
    [errors, setErrors, validate],
  );

  const onSubmit = useCallback(
    (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      const form = event.currentTarget;
      const all = validate(form);
      setErrors(all);
      const first = Object.keys(all)[0];
      if (first) {
        form.querySelector<HTMLElement>(`[name="${CSS.escape(first)}"]`)?.focus();
        return;
      }
      submit(new FormData(form));
    },
    [setErrors, submit, validate],
  );

  return { errors, onBlur, onChange, onSubmit };
}
