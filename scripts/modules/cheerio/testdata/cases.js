### load and select
var $ = require('cheerio').load('<ul id="fruits"><li class="apple">Apple</li><li class="orange">Orange</li><li class="pear" data-x="1">Pear</li></ul>');
return [$('li').length, $('.apple').text(), $('#fruits').children().length, $('li').eq(1).text(), $('li').first().attr('class'), $('li').last().text(), $('li').eq(-1).text(), $('li').eq(5).length, $('ul li.pear').attr('data-x')];
### html and outer html
var $ = require('cheerio').load('<div id="a"><p>Hi <b>there</b></p><br><img src="x.png"></div>');
return [$('#a').html(), $.html(), $('p').html(), $('nothing').html(), $('b').toString(), $.html('p'), $.html($('b'))];
### no implied html body
var $ = require('cheerio').load('<title>T</title><p>x');
return [$.html(), $('body').length, $('title').text(), $.root().children().length];
### full document
var $ = require('cheerio').load('<!DOCTYPE html><html><head><title>Page</title><meta charset="utf-8"></head><body><h1 class="t main">Hello</h1><a href="/a">A</a><a href="/b" target="_blank">B</a></body></html>');
return [$('title').text(), $('h1').hasClass('main'), $('h1').hasClass('ma'), $('a').map(function (i, el) { return $(el).attr('href'); }).get(), $('a[target]').text(), $.html().length, $('meta').attr('charset'), $('html').parent().length, $('body').parent()[0].name];
### each and this
var $ = require('cheerio').load('<ul><li>a</li><li>b</li><li>c</li></ul>'), out = [];
$('li').each(function (i, el) { out.push([i, $(this).text(), el === this, el.name, el.type, el.children[0].data]); if (i === 1) return false; });
return out;
### entities and encoding
var $ = require('cheerio').load('<p title="a &amp; b &quot;q&quot;">caf&eacute; &lt;tag&gt; &amp; &#x41; &nbsp;x — ü</p>');
return [$('p').text(), $('p').attr('title'), $('p').html(), $.html()];
### decodeEntities false
var $ = require('cheerio').load('<p>caf&eacute; ü</p>', {decodeEntities: false});
return [$('p').text(), $('p').html()];
### text of several and comments scripts
var $ = require('cheerio').load('<div><!-- c --><span>a</span> <span>b</span><script>var x = "<b>";</script></div>');
return [$('span').text(), $('div').text(), $('div').html(), $('script').html(), $.text()];
### traversal
var $ = require('cheerio').load('<div class="box"><p id="one">1</p><p id="two">2</p><span>3</span><p id="three">3</p></div>');
return [$('#two').next().text(), $('#two').prev().attr('id'), $('#one').nextAll().length, $('#three').prevAll('p').length, $('#two').siblings().length, $('span').parent().attr('class'), $('span').parents().length, $('span').closest('div').attr('class'), $('p').filter('#two').text(), $('p').not('#two').length, $('p').is('#three'), $('div').find('p').length, $('div').has('span').length, $('p').slice(1).length, $('p').first().end().length, $('#one').index(), $('span').index(), $('p').index($('#three'))];
### filter function and is function
var $ = require('cheerio').load('<i>1</i><i>2</i><i>3</i>');
return [$('i').filter(function (i, el) { return i % 2 === 0; }).text(), $('i').is(function () { return $(this).text() === '3'; }), $('i').filter($('i').eq(1)).text(), $('i').toArray().length, $('i').get(0).name, $('i').get(-1).children[0].data, $('i').get(7)];
### attributes
var $ = require('cheerio').load('<input type="checkbox" checked name="c"><input type="text" value="v"><a href="x" class="c1">l</a>');
return [$('input').attr('checked'), $('input').eq(0).attr('value'), $('input').eq(1).val(), $('a').attr(), $('a').attr('nope'), $('none').attr('x'), $('a').attr('title', 't').attr('title'), $('a').removeAttr('href').attr('href'), $('a').addClass('c2 c3').attr('class'), $('a').removeClass('c1').attr('class'), $('a').toggleClass('c2').attr('class'), $.html('a')];
### val forms
var $ = require('cheerio').load('<select id="s"><option value="1">One</option><option selected>Two</option></select><select id="m" multiple><option value="a" selected>A</option><option value="b" selected>B</option></select><select id="n"><option>First</option></select><textarea>hello</textarea><input type="radio" name="r">');
return [$('#s').val(), $('#m').val(), $('#n').val(), $('textarea').val(), $('input').val(), $('option').eq(1).val()];
### data attributes
var $ = require('cheerio').load('<div data-id="42" data-name="x" data-json=\'{"a":1}\' data-flag="true" data-some-thing="y"></div>');
return [$('div').data(), $('div').data('someThing'), $('div').data('id')];
### manipulation
var $ = require('cheerio').load('<ul><li>a</li></ul>');
$('ul').append('<li>b</li>').prepend('<li>0</li>');
$('li').eq(1).after('<li>a2</li>');
$('li').first().remove();
$('ul').append($('<li class="n">new</li>'));
var out = [$.html()];
$('li.n').text('changed & <x>');
$('li').eq(0).html('<b>bold</b>');
out.push($.html());
$('ul').empty();
out.push($.html(), $('<p>hi</p>').text(), $('<p>a</p><p>b</p>').length);
return out;
### selectors
var $ = require('cheerio').load('<div><a class="x" href="http://a">1</a><a href="https://b">2</a><p lang="en-us">3</p><p>four</p><input disabled></div>');
return [$('a[href^="https"]').text(), $('a[href$="a"]').text(), $('a.x, p[lang|=en]').length, $('div > a:first-child').text(), $('a:nth-child(2)').text(), $('p:contains("fo")').text(), $('div :not(a)').length, $('p:last-child').length, $('p:empty').length, $('div *').length, $('a + a').text(), $('a ~ p').length, $('div:has(input)').length];
### selector error
var $ = require('cheerio').load('<a></a>');
try { $('a[');  return 'no error'; } catch (e) { return 'error'; }
### implied closes
var $ = require('cheerio').load('<p>one<p>two<ul><li>a<li>b</ul><table><tr><td>1<td>2<tr><td>3</table><select><option>x<option>y</select>');
return [$('p').length, $('li').length, $('tr').length, $('td').length, $('option').length, $.html()];
### self closing and void
var $ = require('cheerio').load('<div/><span>x</span><br/><p>a</p></br><img src=a>');
return [$.html(), $('div').children().length];
### xmlMode
var $ = require('cheerio').load('<?xml version="1.0"?><Root><Item id="1">A</Item><Item id="2"/><empty></empty></Root>', {xmlMode: true});
return [$('Item').length, $('Item').eq(0).text(), $('Item').eq(1).attr('id'), $.html(), $.xml(), $('Root').children().length, $('Root')[0].name];
### node objects
var $ = require('cheerio').load('<div id="d">text<span>s</span><!-- c --></div>');
var d = $('#d')[0];
return [d.type, d.name, d.tagName, d.attribs, d.children.length, d.children.map(function (c) { return c.type; }), d.children[0].data, d.children[1].prev === d.children[0], d.children[1].next === d.children[2], d.children[1].parent === d, d.parent, d.children[2].data, Object.keys(d)];
### cheerio statics
var cheerio = require('cheerio');
var $ = cheerio.load('<b>x</b>');
return [typeof cheerio, typeof cheerio.load, typeof cheerio.html, cheerio.html($('b')), cheerio.text($('b')), $.text(), $.root().length, $.root()[0].type, $.contains($.root()[0], $('b')[0]), $.parseHTML('<i>1</i><script>x</script>').length, cheerio('b', '<div><b>in</b></div>').text()];
### load empty and non-string
var cheerio = require('cheerio');
return [cheerio.load('').html(), cheerio.load('just text').html(), cheerio.load('just text')('*').length, cheerio.load('just text').text()];
### context forms
var $ = require('cheerio').load('<div class="a"><b>1</b></div><div class="b"><b>2</b></div>');
return [$('b', '.b').text(), $('b', $('.a')).text(), $('b', $('.a')[0]).text(), $($('b')[1]).text(), $($('b')).length, $([$('b')[0]]).text(), $().length, $(null).length];
### response html typical
var html = '<html><body><table id="t"><tr><th>Name</th><th>Age</th></tr><tr><td>Ann</td><td>30</td></tr><tr><td>Bob</td><td>25</td></tr></table><form><input name="csrf" value="tok123"></form></body></html>';
var $ = require('cheerio').load(html);
var rows = [];
$('#t tr').each(function (i, tr) { if (i > 0) rows.push($(tr).find('td').map(function () { return $(this).text(); }).get()); });
return [rows, $('input[name="csrf"]').val(), $('th').eq(1).text(), $('td:nth-child(2)').text()];
