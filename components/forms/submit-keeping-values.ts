import { startTransition, type FormEvent } from "react";

/**
 * Submits through a transition instead of React's form action, which resets uncontrolled inputs when the
 * action returns: after a refused save the user must still see what they typed.
 */
export function submitKeepingValues(formAction: (formData: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  };
}
