const {VariableList, Property} = require("postman-collection");
const scopes = {
  local: [{key:"l",value:"local"},{key:"shadow",value:"from-local"}],
  data: {d:"data", shadow:"from-data", dnull:null, dnum:0, dfalse:false, dempty:"", dobj:{a:1}, darr:[1,[2,3],null], self:"{{self}}"},
  env: [{key:"e",value:"env"},{key:"shadow",value:"from-env"},{key:"dnull",value:"env-dnull"},{key:"off",value:"x",disabled:true},{key:"dup",value:"first"},{key:"dup",value:"second"},{key:"dup2",value:"a"},{key:"dup2",value:"b",disabled:true},
        {key:"nested",value:"{{e}}-{{c}}"},{key:"a1",value:"A-ONE"},{key:"b",value:"1"},{key:"loop1",value:"{{loop2}}"},{key:"loop2",value:"{{loop1}}"},
        {key:"grow",value:"x{{grow}}"},{key:"num",value:42},{key:"flt",value:1.5},{key:"big",value:1e21},{key:"bool",value:true},{key:"nul",value:null},{key:"obj",value:{a:1}},{key:"arr",value:[1,"two",null]},
        {key:" spaced ",value:"sp"},{key:"brace}",value:"no"},{key:"$guid",value:"user-guid"},{key:"url",value:"http://{{host}}/x"},{key:"host",value:"example.com"}, {key:"mk", value:"{{"}, {key:"mk2", value:"}}"}, {key: "abc", value:"ABC"}],
  collection: [{key:"c",value:"coll"},{key:"shadow",value:"from-coll"},{key:"off",value:"coll-off"}],
  globals: [{key:"g",value:"glob"},{key:"shadow",value:"from-glob"}],
};
const tmpls = ["{{l}}","{{d}}","{{e}}","{{c}}","{{g}}","{{shadow}}","{{dnull}}","{{dnum}}","{{dfalse}}","[{{dempty}}]","{{dobj}}","{{darr}}","{{off}}","{{dup}}","{{dup2}}",
 "{{nested}}","{{a{{b}}}}","{{loop1}}","{{grow}}","{{self}}","{{num}}/{{flt}}/{{big}}/{{bool}}/{{nul}}/{{obj}}/{{arr}}","{{ spaced }}","{{spaced}}","{{brace}}}","{{unknown}} and {{e}}",
 "{{$guid}}","{{$notDynamic}}","{{url}}","{{{e}}}","{{e}","{e}}","{{}}","{{ }}","{{mk}}e}}","{{mk}}{{mk}}e{{mk2}}{{mk2}}","a{{b}}c{{a{{b}}}}","{{e}}{{e}}{{e}}","{{\ne}}","{{a{{b}}}}{{a{{b}}",
 "{{{{e}}}}", "{{a{{b}}{{b}}}}", "{{ab{{c}}}}", "{{shadow}}-{{d}}-{{dnull}}"];
const list = [new VariableList(null, scopes.local), scopes.data, new VariableList(null, scopes.env), new VariableList(null, scopes.collection), new VariableList(null, scopes.globals)];
const cases = tmpls.map(t => ({in: t, out: Property.replaceSubstitutions(t, list)}));
console.log(JSON.stringify({scopes, cases}, null, 1));
