// The demo page's root-name scan (www/root-name.js): what it names, and that hostile heads (the
// page passes the first 64 KiB of a paste) are read in one forward pass.
import { test } from "node:test";
import assert from "node:assert/strict";
import { rootName } from "../../www/root-name.js";

test("the root element's local name, past the declaration, processing instructions and comments", () => {
  for (const [text, want] of [
    ['<?xml version="1.0"?>\n<LnpOrder><Pon>1</Pon></LnpOrder>', "LnpOrder"],
    ["<!-- a <Fake> comment --><?pi <Other>?>\n  <bw:LnpOrderSupp xmlns:bw='x'>", "LnpOrderSupp"],
    ["< LnpOrderResponse>", "LnpOrderResponse"],
    ["<!DOCTYPE x><Root/>", "Root"],
    ["<?xml never closed <LnpOrder>", undefined],
    ["<!-- never closed <LnpOrder>", undefined],
    ["no markup", undefined],
    ["<", undefined],
  ]) {
    assert.equal(rootName(text), want, text);
  }
});

test("hostile heads: unclosed declarations, comments and long names are one pass each", () => {
  const K64 = 65536;
  for (const [head, want] of [
    ["<?".repeat(K64 / 2), undefined],
    ["<!--".repeat(K64 / 4), undefined],
    ["<?x?>".repeat(K64 / 5) + "<Root>", "Root"],
    ["<" + "a".repeat(K64), "a".repeat(299)],
    ["<" + "a:".repeat(K64 / 2), "a"],
    ["<!".repeat(K64 / 2) + "<Root>", "Root"],
  ]) {
    assert.equal(rootName(head.slice(0, K64 + 6)), want, head.slice(0, 20));
  }
});
