// Regenerates vectors.json from postman-runtime 7.39.1, the reference for
// runner/auth*.go: each case signs one request with the runtime's own
// handler and records the headers, URL and urlencoded body it leaves.
//
//   NODE_PATH=~/.cache/pmrun/newman/node_modules node vectors.js > vectors.json
const fs = require('fs');
const _ = require('lodash');
const sdk = require('postman-collection');
const { AuthLoader } = require('postman-runtime/lib/authorizer');
const createAuthInterface = require('postman-runtime/lib/authorizer/auth-interface');

const rsa = fs.readFileSync(__dirname + '/rsa.pem', 'utf8');
const p = (o) => Object.entries(o).map(([key, value]) => ({ key, value }));
const cases = [
  { name: 'basic', type: 'basic', params: p({ username: 'user', password: 'pä:ss' }), url: 'http://h/get', header: [{ key: 'authorization', value: 'x' }] },
  { name: 'basic without password', type: 'basic', params: p({ username: 'user' }), url: 'http://h/get' },
  { name: 'bearer', type: 'bearer', params: p({ token: 'tok' }), url: 'http://h/get' },
  { name: 'apikey header', type: 'apikey', params: p({ key: 'X-Api-Key', value: 'v', in: 'header' }), url: 'http://h/get', header: [{ key: 'x_api_key', value: 'old' }, { key: 'X-Other', value: '1' }] },
  { name: 'apikey query', type: 'apikey', params: p({ key: 'k', value: 'a b', in: 'query' }), url: 'http://h/get?k=old&z=1' },
  { name: 'oauth2 query', type: 'oauth2', params: p({ accessToken: 't', addTokenTo: 'queryParams' }), url: 'http://h/get?access_token=x' },
  { name: 'oauth2 empty prefix', type: 'oauth2', params: p({ accessToken: 't', headerPrefix: '' }), url: 'http://h/get' },
  { name: 'digest auth', type: 'digest', params: p({ username: 'postman', password: 'password', realm: 'Users', nonce: 'n1', qop: 'auth', clientNonce: 'c1', nonceCount: '00000001' }), url: 'http://h/digest-auth?a=b c' },
  { name: 'digest SHA-512-256-sess', type: 'digest', params: p({ username: 'u', password: 'p', realm: 'r', nonce: 'n', algorithm: 'SHA-512-256-sess', clientNonce: 'c', opaque: 'o' }), url: 'http://h/x' },
  { name: 'digest auth-int', type: 'digest', method: 'PUT', params: p({ username: 'u', password: 'p', realm: 'r', nonce: 'n', qop: 'auth-int', clientNonce: 'c', nonceCount: '00000009' }), url: 'http://h/x', body: { mode: 'urlencoded', urlencoded: [{ key: 'a', value: 'b c' }] } },
  { name: 'oauth1 header', type: 'oauth1', params: p({ consumerKey: 'ck', consumerSecret: 'cs', token: 'tk', tokenSecret: 'ts', signatureMethod: 'HMAC-SHA1', timestamp: '1', nonce: 'n', version: '1.0', realm: 'r e', addParamsToHeader: true }), url: 'http://H:80/p?b=2&a=1+1&c=%7e' },
  { name: 'oauth1 form', type: 'oauth1', method: 'POST', params: p({ consumerKey: 'ck', consumerSecret: 'cs', signatureMethod: 'HMAC-SHA256', timestamp: '2', nonce: 'n2', version: '1.0' }), url: 'https://h:8443/p', body: { mode: 'urlencoded', urlencoded: [{ key: 'x', value: 'y z' }, { key: 'off', value: '1', disabled: true }] } },
  { name: 'oauth1 query body hash', type: 'oauth1', method: 'POST', params: p({ consumerKey: 'ck', consumerSecret: 'cs', signatureMethod: 'HMAC-SHA512', timestamp: '3', nonce: 'n3', version: '1.0', includeBodyHash: true, callback: 'oob' }), url: 'http://h/p?q', body: { mode: 'raw', raw: 'body' } },
  { name: 'oauth1 RSA-SHA256', type: 'oauth1', params: p({ consumerKey: 'ck', privateKey: rsa, signatureMethod: 'RSA-SHA256', timestamp: '4', nonce: 'n4', addParamsToHeader: true }), url: 'http://h/p' },
  { name: 'oauth1 PLAINTEXT empty params', type: 'oauth1', params: p({ consumerKey: 'ck', consumerSecret: 'c&s', signatureMethod: 'PLAINTEXT', timestamp: '5', nonce: 'n5', token: '', addEmptyParamsToSign: true, addParamsToHeader: true }), url: 'http://h/p' },
  { name: 'hawk', type: 'hawk', params: p({ authId: 'id', authKey: 'key', algorithm: 'sha256', nonce: 'abc', timestamp: '1448888081', extraData: 'e\\x"y', app: 'a', delegation: 'd' }), url: 'https://h/p?q=1' },
  { name: 'hawk payload', type: 'hawk', method: 'POST', params: p({ authId: 'id', authKey: 'key', algorithm: 'sha1', nonce: 'abc', timestamp: '1448888081', includePayloadHash: true }), url: 'http://h:8080/p', header: [{ key: 'content-type', value: 'Application/JSON; x=1' }], body: { mode: 'raw', raw: '{"a":1}' } },
  { name: 'awsv4 headers', type: 'awsv4', params: p({ accessKey: 'AK', secretKey: 'SK', region: 'eu-west-1', service: 'execute-api', sessionToken: 'st' }), url: 'http://h:81/a/./b//c/../d e?z=1&a=2&a=1&m', header: [{ key: 'Date', value: 'Mon, 01 Jan 2024 00:00:00 GMT' }, { key: 'X-Multi', value: ' a  b ' }] },
  { name: 'awsv4 s3 body', type: 'awsv4', method: 'PUT', params: p({ accessKey: 'AK', secretKey: 'SK', service: 's3' }), url: 'http://h/k%20ey', header: [{ key: 'date', value: '2024-02-03T04:05:06Z' }], body: { mode: 'raw', raw: 'data' } },
  { name: 'awsv4 query', type: 'awsv4', params: p({ accessKey: 'AK', secretKey: 'SK', service: 's3', region: 'us-east-1', addAuthDataToQuery: true, sessionToken: 's t' }), url: 'http://h/o?X-Amz-Expires=60&b', header: [{ key: 'Date', value: 'Mon, 01 Jan 2024 00:00:00 GMT' }] },
  { name: 'edgegrid', type: 'edgegrid', method: 'POST', params: p({ accessToken: 'at', clientToken: 'ct', clientSecret: 'cs', nonce: 'n', timestamp: '20240101T00:00:00+0000', headersToSign: 'x-a,X-B, x-c', maxBodySize: 3 }), url: 'http://h/p?q=1', header: [{ key: 'X-A', value: ' 1  2 ' }, { key: 'x-b', value: 'b' }], body: { mode: 'raw', raw: 'abcdef' } },
  { name: 'jwt HS256', type: 'jwt', params: p({ algorithm: 'HS256', secret: 's', header: ' {"typ":"JWT","alg":"x","9":0} ', payload: '{"b":[1e3,-0.5],"a":"\\u2028<"}', headerPrefix: '' }), url: 'http://h/p', header: [{ key: 'AUTHORIZATION', value: 'old' }] },
  { name: 'jwt HS384 base64 query', type: 'jwt', params: p({ algorithm: 'HS384', secret: 'c2VjcmV0_-', isSecretBase64Encoded: true, addTokenTo: 'queryParam' }), url: 'http://h/p?token=old' },
  { name: 'jwt RS512', type: 'jwt', params: p({ algorithm: 'RS512', privateKey: rsa, payload: '{"sub":"x"}' }), url: 'http://h/p' },
  { name: 'asap', type: 'asap', params: p({ kid: 'k', iss: 'i', aud: 'a', exp: '10', privateKey: rsa, claims: '{"iat":"5","jti":"j","exp":100,"x":null}' }), url: 'http://h/p' },
  { name: 'oauth1 query encodings', type: 'oauth1', params: p({ consumerKey: 'c k', consumerSecret: 'cs', signatureMethod: 'HMAC-SHA1', timestamp: '6', nonce: 'n6', version: '1.0' }), url: 'http://h/p a/é?b=%2B+&a=é&a=&c&d=x%26y&e=(*)!' },
  { name: 'oauth1 GET with form body', type: 'oauth1', params: p({ consumerKey: 'ck', consumerSecret: 'cs', signatureMethod: 'HMAC-SHA1', timestamp: '7', nonce: 'n7', version: '1.0', token: 't', verifier: 'v' }), url: 'http://h/p', body: { mode: 'urlencoded', urlencoded: [{ key: 'z', value: '1' }] } },
  { name: 'oauth1 default method', type: 'oauth1', params: p({ consumerKey: 'ck', consumerSecret: 'cs', timestamp: '8', nonce: 'n8', addParamsToHeader: true }), url: 'https://h:443/p' },
  { name: 'oauth1 unknown method', type: 'oauth1', params: p({ consumerKey: 'ck', consumerSecret: 'cs', signatureMethod: 'HMAC-MD5', timestamp: '9', nonce: 'n9' }), url: 'http://h/p?x=1', header: [{ key: 'Authorization', value: 'a' }, { key: 'authorization', value: 'b' }] },
  { name: 'digest MD5-sess no qop', type: 'digest', params: p({ username: 'u', password: 'p', realm: 'r', nonce: 'n', algorithm: 'MD5-sess', clientNonce: 'c' }), url: 'http://h/x' },
  { name: 'digest unsupported algorithm', type: 'digest', params: p({ username: 'u', password: 'p', realm: 'r', nonce: 'n', algorithm: 'SHA-1' }), url: 'http://h/x', header: [{ key: 'Authorization', value: 'keep?' }] },
  { name: 'hawk no credentials', type: 'hawk', params: p({ authId: 'id', nonce: 'n', timestamp: '1' }), url: 'http://h/x', header: [{ key: 'Authorization', value: 'keep' }] },
  { name: 'apikey key only', type: 'apikey', params: p({ key: 'K' }), url: 'http://h/x' },
  { name: 'edgegrid GET no body hash', type: 'edgegrid', params: p({ accessToken: 'at', clientToken: 'ct', clientSecret: 'cs', nonce: 'n', timestamp: 't' }), url: 'https://h/x' },
];
const out = [];
(async () => {
  for (const c of cases) {
    const request = new sdk.Request({ url: c.url, method: c.method || 'GET', header: c.header || [], body: c.body });
    const auth = new sdk.RequestAuth({ type: c.type, [c.type]: c.params });
    const ai = createAuthInterface(auth, {});
    const handler = AuthLoader.getHandler(c.type);
    await new Promise((resolve) => handler.pre(ai, (err, ok) => {
      if (!ok) { return resolve(); }
      handler.sign(ai, request, resolve);
    }));
    out.push({
      ...c,
      want: {
        headers: request.headers.all().map((h) => ({ key: h.key, value: String(h.value) })),
        url: request.url.toString(),
        form: request.body && request.body.mode === 'urlencoded' ? request.body.urlencoded.all().map((q) => ({ key: q.key, value: String(q.value) })) : undefined,
      },
    });
  }
  const words = ['X-Api-Key', 'x_api_key', 'XMLHttpRequest', 'api key2', 'apiKey2X', 'fooBar', 'FOO_BAR', 'a1b2', 'ID3v2', 'Content-MD5'];
  const b64 = ['c2VjcmV0LWtleQ', 'c2Vj\ncmV0', 'c2-_', 'YQ=Yg', '!!YWJj', 'Y'];
  const json = ['{"b":1,"2":2,"a":[1.0,"x<y>&"],"1":true}', '{"n":1e21,"m":0.1,"k":-0,"big":12345678901234567890,"e":1.5e-7}',
    '{"s":"\\u00e9\\n\\u0001\\u2028/","a":{"z":1,"a":2},"a":3}', '{"01":1,"1":2,"4294967295":3,"4294967294":4}'];
  console.log(JSON.stringify({
    cases: out,
    lowerCase: words.map((w) => [w, _.lowerCase(w)]),
    base64: b64.map((s) => [s, Buffer.from(s, 'base64').toString('hex')]),
    json: json.map((s) => [s, JSON.stringify(JSON.parse(s))]),
  }, null, 1));
})();
