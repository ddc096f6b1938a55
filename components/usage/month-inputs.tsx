import { InputField } from "@/components/forms/field";
import { MONTH_NAMES } from "@/lib/core/bills";

/** Twelve kWh inputs, January to December, named `<prefix>.<month index>` as the action and its errors name them. */
export function MonthInputs({ prefix, legend, values, errors }: { prefix: string; legend: string; values: readonly string[]; errors: Record<string, string> }) {
  return (
    <fieldset>
      <legend className="mb-2 text-sm font-medium text-slate-800">{legend}</legend>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
        {MONTH_NAMES.map((month, index) => (
          <InputField
            key={month}
            name={`${prefix}.${index}`}
            id={`${prefix}-${index}`}
            label={month}
            unit="kWh"
            inputMode="decimal"
            autoComplete="off"
            defaultValue={values[index] ?? ""}
            error={errors[`${prefix}.${index}`]}
          />
        ))}
      </div>
    </fieldset>
  );
}
