const parseCsv = require("csv-parse"), util = require("newman/lib/util");
const csvAutoParse = function (value, context) { if (context.quoting) return value; if (util.isInt(value)) return parseInt(value, 10); if (util.isFloat(value)) return parseFloat(value); return value; };
const inputs = [
 "a,b\n1,2\n", "a,b\r\n1,2\r\n3,4", "a,b\r1,2\r", "\ufeffa,b\n1,2",
 "n\n007\n0\n1e3\ntrue\nfalse\n-5\n+5\n1.50\n.5\n5.\n0x10\n12abc\nInfinity\n-\n\n 7 \n\"42\"\n1 2\n9007199254740993\n-0\n00\n1,5",
 "a,b\n\"x,y\",\"he said \"\"hi\"\"\"\n\"multi\nline\",z",
 "a,b\n x , y \n\" q \" , r",
 "a,b\nonly\n1,2,3\n",
 "a,b\n\n1,2\n\n",
 "a,b\nun\"quoted,x\n",
 "a,a\n1,2\n",
 ",b\n1,2\n",
 "a,b\n\"unterminated,1\n",
 "a,b\n\"x\"y,1\n",
 "a\n",
 "",
 "a;b\n1;2",
 "a,b\n  \"q\"  ,2\n",
 "h1, spaced ,h3\n\"00123\",7890,,\"89111702272002019559\", Abhijit \"KDOS\" Kane\n",
];
const out = [];
(async () => {
 for (const inp of inputs) {
  await new Promise(res => parseCsv(inp, {columns:true, escape:'"', cast:csvAutoParse, trim:true, relax:true, relax_column_count:true, bom:true}, (err, rec) => {
    out.push(err ? {in: inp, error: err.message} : {in: inp, records: rec}); res(); }));
 }
 console.log(JSON.stringify(out, null, 1));
})();
