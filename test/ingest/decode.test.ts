import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../src/ingest/decode.js";
import { VeilleError } from "../../src/model/errors.js";

const FRENCH = "L’été dernier, « c’est déjà fini », a déclaré la ministre à Besançon : 12 € de hausse.";

describe("decodeBytes", () => {
  it("reads UTF-8, with or without a BOM", () => {
    expect(decodeBytes(Buffer.from(FRENCH, "utf8")).text).toBe(FRENCH);
    expect(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FRENCH)])).text).toBe(FRENCH);
  });

  it("transcodes windows-1252 and latin-1 French", () => {
    const cp1252 = decodeBytes(iconv.encode(FRENCH, "windows-1252"));
    expect(cp1252.text).toBe(FRENCH);
    expect(cp1252.encoding).toBe("windows-1252");
    const plain = "Le député a été élu à Besançon après un été très agité, déclare-t-on à la préfecture.";
    expect(decodeBytes(iconv.encode(plain, "latin1")).text).toBe(plain);
  });

  it("reads UTF-16 with a BOM", () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(FRENCH, "utf-16le")]);
    expect(decodeBytes(bytes).text).toBe(FRENCH);
  });

  it("honours a declared encoding", () => {
    expect(decodeBytes(iconv.encode("Grève à l’usine", "windows-1252"), "windows-1252").text).toBe("Grève à l’usine");
  });

  it("refuses empty and binary input with stable codes", () => {
    expect(() => decodeBytes(new Uint8Array())).toThrowError(VeilleError);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    try {
      decodeBytes(png);
      expect.unreachable();
    } catch (error) {
      expect((error as VeilleError).code).toBe("BINARY_INPUT");
    }
  });
});
