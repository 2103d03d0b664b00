const sdk=require("postman-collection"), {extractRunnableItems}=require("postman-runtime/lib/runner/extract-runnable-items");
const c=new sdk.Collection({"info": {"name": "folders"}, "item": [
 {"name": "A", "id": "id-a", "item": [
   {"name": "A1", "request": "http://x/a1"},
   {"name": "Sub", "item": [{"name": "Deep", "request": "http://x/deep"}, {"name": "Shared", "request": "http://x/a-shared"}]}]},
 {"name": "B", "item": [{"name": "Shared", "request": "http://x/b-shared"}, {"name": "A1", "request": "http://x/b-a1"}]},
 {"name": "Shared", "request": "http://x/top-shared"},
 {"name": "Empty", "item": []}]});
for (const f of [["Sub"],["id-a"],["Shared"],["A1"],["Empty"],["B","A"],["Shared","B"],["A","Deep"]]) {
  const ep = f.length===1 ? {execute:f[0]} : {execute:f, lookupStrategy:"multipleIdOrName"};
  extractRunnableItems(c, ep, (e, items)=>console.log(JSON.stringify(f), e? e.message : items.map(i=>i.request.url.path.slice(-1)[0]).join(" ")));
}
