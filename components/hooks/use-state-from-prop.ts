"use client";

import { useState, type Dispatch, type SetStateAction } from "react";

/**
 * Local state that starts from a prop and starts over whenever the prop changes (a new server answer, a fresh
 * render of the page). Adjusted during render, as React recommends, rather than in an effect: an effect would
 * paint the stale value once and then render again.
 */
export function useStateFromProp<T>(prop: T): [T, Dispatch<SetStateAction<T>>] {
  const [value, setValue] = useState(prop);
  const [seen, setSeen] = useState(prop);
  if (!Object.is(seen, prop)) {
    setSeen(prop);
    setValue(prop);
  }
  return [value, setValue];
}
