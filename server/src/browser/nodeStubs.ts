/**
 * `node:stream` and `node:string_decoder` for the web worker bundle. libmime and its helpers
 * (libqp, libbase64) declare streaming encoders and decoders when loaded; the server only calls their
 * string functions, so these classes must exist but are never instantiated.
 */
function unavailable(name: string): never {
  throw new Error(`${name} is not available in the web worker`);
}

export class Transform {
  constructor() {
    unavailable('node:stream');
  }
}

export class StringDecoder {
  constructor() {
    unavailable('node:string_decoder');
  }
}
