// Regenerates cases_test.go from real crypto-js 3.3.0 (the version
// postman-sandbox 4.7.1 bundles):
//   npm install --prefix /tmp/oracle crypto-js@3.3.0
//   NODE_PATH=/tmp/oracle/node_modules node testdata/gen.js > cases_test.go && gofmt -w cases_test.go
// A case is a script expression; `@{expr}` parts are evaluated here first
// and pasted in as string literals, so that random ciphertexts made by
// crypto-js can be decrypted by ours.
var CryptoJS = require('crypto-js');
var C = CryptoJS;

var msgs = ["''", "'abc'", "'abhijit'", "'héllo ☃ 😀'", "'a'.repeat(1000)", "C.enc.Hex.parse('00ff10')"];
var hashes = ['MD5', 'SHA1', 'SHA224', 'SHA256', 'SHA384', 'SHA512', 'SHA3', 'RIPEMD160'];
var cases = [];
hashes.forEach(function (h) {
  msgs.forEach(function (m) { cases.push('C.' + h + '(' + m + ').toString()'); });
  cases.push('C.' + h + "('abc').toString(C.enc.Base64)");
  cases.push('C.Hmac' + h + "('message', 'key').toString()");
  cases.push('C.Hmac' + h + "('message', 'k'.repeat(300)).toString(C.enc.Base64)");
  cases.push('C.Hmac' + h + "('', C.enc.Hex.parse('0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b')).toString()");
  cases.push('C.algo.' + h + ".create().update('a').update(C.enc.Utf8.parse('b')).finalize('c').toString()");
  cases.push('C.algo.HMAC.create(C.algo.' + h + ", 'k').update('a').finalize('bc').toString()");
  cases.push('var x = C.algo.' + h + ".create(); x.update('zz'); x.reset(); x.update('abc'); x.finalize().toString()");
  // crypto-js hashes a number as a NaN-length message: one constant digest
  // (reproduced for the MD5 and SHA-2 families and SHA1; not for SHA3 after
  // other data, nor for RIPEMD160).
  if (h === 'SHA3') cases.push('C.SHA3(1).toString()');
  if (h !== 'SHA3' && h !== 'RIPEMD160') ['1', '12345', 'true', '{}', '[1, 2]', 'undefined', 'null', '0', "''", '{words: []}'].forEach(function (v) {
    cases.push('C.' + h + '(' + v + ').toString()');
    cases.push('C.Hmac' + h + '(' + v + ", 'key').toString()");
  });
  if (h !== 'SHA3' && h !== 'RIPEMD160') {
    cases.push('var x = C.algo.' + h + ".create(); x.update('a'.repeat(70)); x.update(7); x.finalize().toString()");
    cases.push('var x = C.algo.HMAC.create(C.algo.' + h + ", 'k'); x.update('abc'); x.finalize(5).toString()");
  }
  cases.push('JSON.stringify(C.Hmac' + h + "('m', 'k')).slice(0, 30)");
  cases.push('try { C.Hmac' + h + "('m', 5) } catch (e) { e.name }");
  cases.push('try { C.algo.' + h + '.create().update(null) } catch (e) { e.name }');
});
[224, 256, 384, 512].forEach(function (n) {
  cases.push("C.SHA3('abc', {outputLength: " + n + "}).toString()");
  cases.push("C.algo.SHA3.create({outputLength: " + n + "}).finalize('a'.repeat(200)).toString()");
});
cases.push(
  "JSON.stringify(C.MD5('a'))",
  "'' + C.MD5('abhijit')",
  "C.MD5('x') + ':' + C.SHA1('x')",
  "C.SHA256('abc').sigBytes + ',' + C.SHA256('abc').words.length",
  "JSON.stringify(C.enc.Utf8.parse('abcde'))",
  "JSON.stringify(C.enc.Latin1.parse('é\\u0101'))",
  "JSON.stringify(C.enc.Hex.parse('abc'))",
  "C.enc.Hex.parse('abc').toString()",
  "C.enc.Hex.parse('zz1g 1').toString()",
  "C.enc.Hex.parse('DEADbeef').toString(C.enc.Base64)",
  "JSON.stringify(C.enc.Base64.parse('aGVsbG8='))",
  "C.enc.Base64.parse('aGVsbG8').toString(C.enc.Utf8)",
  "C.enc.Base64.parse('a$Vs*G8=xx').toString()",
  "C.enc.Base64.parse('////').toString(C.enc.Base64)",
  "C.enc.Base64.stringify(C.enc.Utf8.parse('hello world!?'))",
  "C.enc.Utf8.parse('héllo ☃ 😀').toString(C.enc.Base64)",
  "C.enc.Utf8.stringify(C.enc.Base64.parse('aMOpbGxvIOKYgyDwn5iA'))",
  "C.enc.Utf16.parse('hi😀').toString()",
  "C.enc.Utf16LE.parse('hi😀').toString()",
  "C.enc.Utf16.stringify(C.enc.Hex.parse('00680069d83dde00'))",
  "C.enc.Utf16LE.stringify(C.enc.Hex.parse('68006900'))",
  "C.enc.Utf16BE.stringify(C.enc.Hex.parse('0041'))",
  "C.enc.Latin1.stringify(C.enc.Hex.parse('41e9ff'))",
  "C.enc.Hex.parse('41e9ff').toString(C.enc.Latin1)",
  "try { C.enc.Hex.parse('ff').toString(C.enc.Utf8) } catch (e) { e.message }",
  "try { C.enc.Hex.parse('eda080').toString(C.enc.Utf8) } catch (e) { e.message }",
  "var a = C.enc.Hex.parse('0102'); var r = a.concat(C.enc.Hex.parse('030405')); (r === a) + ' ' + a.toString() + ' ' + a.sigBytes",
  "var a = C.enc.Utf8.parse('ab'); var b = a.clone(); b.concat(C.enc.Utf8.parse('c')); a.toString() + ' ' + b.toString()",
  "var a = C.lib.WordArray.create([0x01020304, 0x05060708], 5); a.toString() + ' ' + JSON.stringify(a); ",
  "var a = C.lib.WordArray.create([0x01020304, 0x05060708], 5); a.clamp(); JSON.stringify(a)",
  "C.lib.WordArray.create([0x61626364]).toString(C.enc.Utf8)",
  "JSON.stringify(C.lib.WordArray.create())",
  "C.lib.WordArray.create(new Uint8Array([1, 2, 3, 250])).toString()",
  "C.lib.WordArray.create(new Uint8Array([104, 105]).buffer).toString(C.enc.Utf8)",
  "C.lib.WordArray.random(16).sigBytes + ' ' + C.lib.WordArray.random(16).toString().length",
  "C.PBKDF2('password', 'salt').toString()",
  "C.PBKDF2('password', 'salt', {keySize: 256 / 32, iterations: 1000}).toString()",
  "C.PBKDF2('password', C.enc.Hex.parse('73616c74'), {keySize: 512 / 32, iterations: 10, hasher: C.algo.SHA256}).toString()",
  "C.PBKDF2('password', 'salt', {keySize: 5, iterations: 2, hasher: C.algo.SHA512}).toString(C.enc.Base64)",
  "C.PBKDF2('password', 'salt', {keySize: 3, hasher: C.algo.MD5}).toString()",
  "C.EvpKDF('password', 'saltsalt').toString()",
  "C.EvpKDF('password', 'saltsalt', {keySize: 12, iterations: 3}).toString()",
  "var p = C.kdf.OpenSSL.execute('pass', 8, 4, C.enc.Hex.parse('0102030405060708')); p.key + ' ' + p.iv + ' ' + p.salt",
  "var d = C.AES.decrypt(@{C.AES.encrypt('hello', 'pass').toString()}, 'pass'); d.toString(C.enc.Utf8) + ' ' + d.sigBytes",
  "C.AES.decrypt(@{C.AES.encrypt('a longer message that spans blocks ☃', 'secret passphrase').toString()}, 'secret passphrase').toString(C.enc.Utf8)",
  "JSON.stringify(C.AES.decrypt(@{C.AES.encrypt('hello', 'pass').toString()}, 'wrong'))",
  "C.DES.decrypt(@{C.DES.encrypt('des message', 'pw').toString()}, 'pw').toString(C.enc.Utf8)",
  "C.TripleDES.decrypt(@{C.TripleDES.encrypt('3des message', 'pw').toString()}, 'pw').toString(C.enc.Utf8)",
  "C.RC4.decrypt(@{C.RC4.encrypt('rc4 message', 'pw').toString()}, 'pw').toString(C.enc.Utf8)",
  "C.RC4Drop.decrypt(@{C.RC4Drop.encrypt('rc4drop message', 'pw').toString()}, 'pw').toString(C.enc.Utf8)",
  "var e = C.AES.encrypt('x', 'p'); [e.toString().slice(0, 10), e.salt.sigBytes, e.key.sigBytes, e.iv.sigBytes, e.ciphertext.sigBytes, e.blockSize, e.algorithm === C.algo.AES, e.mode === C.mode.CBC, e.padding === C.pad.Pkcs7, e.formatter === C.format.OpenSSL].join()",
  "var e = C.AES.encrypt('x', 'p'); C.AES.decrypt(e, 'p').toString(C.enc.Utf8) + C.AES.decrypt({ciphertext: e.ciphertext, salt: e.salt}, 'p').toString(C.enc.Utf8)",
  "var p = C.format.OpenSSL.parse(@{C.AES.encrypt('hello', 'pass').toString()}); p.salt.sigBytes + ' ' + p.ciphertext.sigBytes + ' ' + C.format.OpenSSL.stringify(p)",
  "var p = C.format.OpenSSL.parse('aGVsbG8gd29ybGQ='); (p.salt === undefined) + ' ' + p.ciphertext",
  "var e = C.AES.encrypt('hi', C.enc.Hex.parse('000102030405060708090a0b0c0d0e0f'), {iv: C.enc.Hex.parse('0f0e0d0c0b0a09080706050403020100')}); e.toString() + ' ' + (e.salt === undefined) + ' ' + e.iv + ' ' + e.key",
  "C.AES.encrypt('hi', C.enc.Hex.parse('000102030405060708090a0b0c0d0e0f'), {mode: C.mode.ECB}).toString(C.format.Hex)",
  "C.AES.decrypt(C.format.Hex.parse('6e2bc6d4d5a0b1e82bd0dec8a3a2c3e1'), C.enc.Hex.parse('000102030405060708090a0b0c0d0e0f'), {mode: C.mode.ECB}).toString()",
  "C.AES.decrypt('bivG1NWgsegr0N7Io6LD4Q==', C.enc.Hex.parse('000102030405060708090a0b0c0d0e0f'), {mode: C.mode.ECB, format: C.format.OpenSSL}).toString()",
  "try { C.AES.encrypt('x', C.enc.Hex.parse('000102030405060708090a0b0c0d0e0f')); 'no error' } catch (e) { e.name }",
  "C.AES.encrypt('hello', C.enc.Utf8.parse('1234567890123456'), {iv: '1234567890123456'}).toString()",
  "C.AES.encrypt('', C.enc.Utf8.parse('1234567890123456'), {mode: C.mode.CTR, padding: C.pad.NoPadding}).toString() + '|'",
  "C.AES.encrypt('hello', C.enc.Utf8.parse('12345678901234567890123456789012'), {iv: C.enc.Utf8.parse('abcdefghijklmnop')}).toString()",
  "C.AES.encrypt('hello', C.enc.Utf8.parse('123456789012345678901234'), {iv: C.enc.Utf8.parse('abcdefghijklmnop')}).toString()",
  "C.AES.encrypt('hello', C.enc.Utf8.parse('1234567890123456'), {iv: C.enc.Utf8.parse('abcd')}).toString()",
  "C.AES.encrypt('hello', C.enc.Utf8.parse('1234567890123456'), {iv: C.enc.Utf8.parse('abcdefghijklmnopqrstuvwxyz')}).toString()",
  "C.DES.encrypt('hello', C.enc.Utf8.parse('12345678abcd'), {iv: C.enc.Utf8.parse('abcdefgh')}).toString()",
  "C.TripleDES.encrypt('hello', C.enc.Utf8.parse('123456789012345678901234'), {iv: C.enc.Utf8.parse('abcdefgh')}).toString()",
  "C.TripleDES.encrypt('hello', C.enc.Utf8.parse('1234567890123456'), {iv: C.enc.Utf8.parse('abcdefgh')}).toString()",
  "C.RC4.encrypt('hello', C.enc.Utf8.parse('key')).toString()",
  "C.RC4Drop.encrypt('hello', C.enc.Utf8.parse('key'), {drop: 3}).toString()",
  "var w = C.enc.Hex.parse('01'); C.pad.Pkcs7.pad(w, 4); w.toString() + ' ' + w.sigBytes",
  "var w = C.enc.Hex.parse('0102030303'); C.pad.Pkcs7.unpad(w); w.toString() + ' ' + w.sigBytes",
  "var w = C.enc.Hex.parse('01'); C.pad.ZeroPadding.pad(w, 2); C.pad.ZeroPadding.unpad(w); w.sigBytes",
  "C.MD5(C.enc.Hex.parse('616263').concat(C.enc.Hex.parse('64'))).toString()"
);
['CBC', 'ECB', 'CTR', 'CFB', 'OFB'].forEach(function (mode) {
  ['Pkcs7', 'NoPadding', 'ZeroPadding', 'Iso97971', 'AnsiX923'].forEach(function (pad) {
    [['AES', '000102030405060708090a0b0c0d0e0f1011121314151617', '0f0e0d0c0b0a09080706050403020100'],
      ['DES', '0001020304050607', '0f0e0d0c0b0a0908'],
      ['TripleDES', '000102030405060708090a0b0c0d0e0f1011121314151617', '0f0e0d0c0b0a0908']].forEach(function (k) {
      var cfg = '{mode: C.mode.' + mode + ', padding: C.pad.' + pad + ", iv: C.enc.Hex.parse('" + k[2] + "')}";
      var key = "C.enc.Hex.parse('" + k[1] + "')";
      ['hello world', 'sixteen byte msg', '☃ unicode snowman and more text'].forEach(function (m) {
        cases.push('C.' + k[0] + ".encrypt('" + m + "', " + key + ', ' + cfg + ').toString()');
      });
      cases.push('JSON.stringify(C.' + k[0] + '.decrypt(C.' + k[0] + ".encrypt('hello world', " + key + ', ' + cfg + '), ' + key + ', ' + cfg + '))');
      cases.push('C.' + k[0] + '.decrypt(C.' + k[0] + ".encrypt('sixteen byte msg', " + key + ', ' + cfg + ').toString(), ' + key + ', ' + cfg + ').toString(C.enc.Utf8)');
      cases.push('C.' + k[0] + ".decrypt('" + C[k[0]].encrypt('snowman ☃', 'pw', {mode: C.mode[mode], padding: C.pad[pad]}).toString() + "', 'pw', {mode: C.mode." + mode + ', padding: C.pad.' + pad + '}).toString(C.enc.Utf8)');
    });
  });
});

function evalCase(src) {
  src = src.replace(/@\{([^}]*)\}/g, function (_, e) { return JSON.stringify(eval(e)); });
  var got;
  try { got = String(eval(src)); } catch (e) { got = 'THROWS ' + e.name; }
  return {src: src, want: got};
}
var out = ['// Code generated by testdata/gen.js from crypto-js 3.3.0; DO NOT EDIT.', '', 'package cryptojs', '', 'var cryptoCases = []struct{ src, want string }{'];
cases.forEach(function (c) {
  var r = evalCase(c);
  if (/random/.test(c) === false && r.want !== evalCase(r.src).want) throw new Error('nondeterministic: ' + c);
  out.push('\t{' + JSON.stringify(r.src) + ', ' + JSON.stringify(r.want) + '},');
});
out.push('}');
console.log(out.join('\n'));
