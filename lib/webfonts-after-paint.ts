/** The class that holds back the webfonts on reader pages (app/globals.css). */
export const FONTS_LATER = "fonts-later";
/** Set on the frame by the script, so that hydration leaves the class to the script. */
export const FONTS_SCRIPT_MARK = "mastheadFontScript";
const SEEN = "masthead-webfonts";

/**
 * Runs as the page is parsed, first in the reader pages' frame (components/layout/fonts-after-first-paint.tsx): before
 * anything of the page can be painted, and without waiting for hydration. A first visit asks for the webfonts
 * (Newsreader, the interface's Hangul face) once the browser reports the first paint, so on a slow connection they
 * do not share it with the lead photo and the scripts before anything shows (Lighthouse counted their download into
 * its simulated first paint whenever it happened to end before the observed one). Once Newsreader has loaded, later
 * pages use it from the first frame (from the browser's cache). A hidden or prerendered page asks at once (it paints
 * nothing until shown); a browser without paint timing, after its next frame; one that has it but reports no paint
 * (some privacy modes), after three seconds. The desk's CSP allows it by
 * its hash (lib/security-headers.ts).
 */
export const FONTS_SCRIPT = `(function(){var e=document.currentScript.parentElement,done,seen;e.${FONTS_SCRIPT_MARK}=1;
try{seen=localStorage.getItem("${SEEN}")}catch(_){}
function on(){if(done)return;done=1;e.classList.remove("${FONTS_LATER}");
if(!seen)document.fonts.load('1em "Newsreader Variable"').then(function(f){if(f.length)localStorage.setItem("${SEEN}","1")}).catch(function(){})}
if(seen||document.visibilityState==="hidden")return on();
var P=window.PerformanceObserver;if(!P||(P.supportedEntryTypes||[]).indexOf("paint")<0)return requestAnimationFrame(function(){setTimeout(on)});
setTimeout(on,3000);
try{var o=new P(function(l){if(l.getEntriesByName("first-contentful-paint").length){o.disconnect();on()}});o.observe({type:"paint",buffered:true})}catch(_){}})()`;
