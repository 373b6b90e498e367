// TanStack Form (React) with orderSchema() as its form-level onChange validator: the schema's
// issues reach each field at its path.
import { useState } from "react";
import { createRoot } from "react-dom/client";
import { useForm } from "@tanstack/react-form";
import init, { orderSchema } from "portin-validator";

await init();
const schema = orderSchema();
const NAMES = [
  "portType", "listOfPhoneNumbers", "billingTelephoneNumber", "loaAuthorizingPerson", "subscriber.subscriberType",
  "subscriber.businessName", "subscriber.serviceAddress.houseNumber", "subscriber.serviceAddress.streetName",
  "subscriber.serviceAddress.city", "subscriber.serviceAddress.stateCode", "subscriber.serviceAddress.zip",
];
const blank = {
  portType: "", listOfPhoneNumbers: "", billingTelephoneNumber: "", loaAuthorizingPerson: "",
  subscriber: { subscriberType: "", businessName: "", serviceAddress: { houseNumber: "", streetName: "", city: "", stateCode: "", zip: "" } },
};

function PortInForm() {
  const [sent, setSent] = useState();
  const form = useForm({ defaultValues: blank, validators: { onChange: schema }, onSubmit: ({ value }) => setSent(value) });
  return (
    <form onSubmit={(e) => { e.preventDefault(); form.handleSubmit(); }} noValidate>
      {NAMES.map((name) => (
        <form.Field key={name} name={name}>
          {(field) => (
            <label>
              {name}{" "}
              {name === "listOfPhoneNumbers"
                ? <textarea name={name} value={field.state.value} onChange={(e) => field.handleChange(e.target.value)} />
                : <input name={name} value={field.state.value} onChange={(e) => field.handleChange(e.target.value)} />}
              <span role="alert">{field.state.meta.errors.map((error) => error?.message ?? error).join(" ")}</span>
            </label>
          )}
        </form.Field>
      ))}
      <button>Submit</button>
      {sent && <output>Ready to submit {sent.listOfPhoneNumbers.split("\n").length} numbers.</output>}
    </form>
  );
}

createRoot(document.getElementById("root")).render(<PortInForm />);
