import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { inlineScriptHashes } from "./inline-script-hashes";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

describe("inline script hashes", () => {
  it("hashes each distinct inline script exactly as written", () => {
    const html = `<html><head><script src="/_next/static/a.js" async=""></script><script>self.__next_f=[]</script></head>
<body><script>self.__next_f.push([1,"x"])</script><script type="text/javascript">self.__next_f=[]</script><script></script></body></html>`;
    expect(inlineScriptHashes(html)).toEqual([sha("self.__next_f=[]"), sha('self.__next_f.push([1,"x"])')]);
  });

  it("finds nothing in a page without inline scripts", () => {
    expect(inlineScriptHashes('<p>hi</p><script src="/x.js"></script>')).toEqual([]);
  });
});
