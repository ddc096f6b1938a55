"use client";

import { useCallback, useEffect, useState, type FocusEvent, type FormEvent } from "react";
import type { z } from "zod";
import { fieldErrorsOf, formDataToObject } from "@/lib/validation/fields";

/**
 * Instant feedback with the same zod schema the server action uses: a field is checked when the user
 * leaves it, every field on submit; the server's answer replaces the browser's when it arrives.
 */
export function useValidatedForm(schema: z.ZodType, serverErrors: Record<string, string>, submit: (formData: FormData) => void) {
  const [errors, setErrors] = useState<Record<string, string>>(serverErrors);
  const [touched, setTouched] = useState<Set<string>>(new Set());

  useEffect(() => setErrors(serverErrors), [serverErrors]);

  const validate = useCallback((form: HTMLFormElement) => {
    const result = schema.safeParse(formDataToObject(new FormData(form)));
    return result.success ? {} : fieldErrorsOf(result.error);
  }, [schema]);

  const onBlur = useCallback(
    (event: FocusEvent<HTMLFormElement>) => {
      const name = (event.target as unknown as { name?: string }).name;
      if (!name) return;
      const nowTouched = new Set(touched).add(name);
      setTouched(nowTouched);
      const all = validate(event.currentTarget);
      setErrors((previous) => {
        const next: Record<string, string> = {};
        for (const [key, message] of Object.entries(previous)) if (!nowTouched.has(key) && key !== "_form") next[key] = message;
        for (const key of nowTouched) if (all[key]) next[key] = all[key];
        return next;
      });
    },
    [touched, validate],
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
    [submit, validate],
  );

  return { errors, onBlur, onSubmit };
}
