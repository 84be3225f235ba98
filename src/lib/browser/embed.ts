/**
 * Everything the embed page runs, bundled into one script that the page carries inline
 * (`?inline-script`, src/lib/build/inline-script.ts): the recommender and the conversation with
 * the page around the frame. Inline, because a frame sandboxed by a blog has an opaque origin, and
 * a script file fetched from there would need `Access-Control-Allow-Origin` from the host.
 */
import './recommender';
import './embed-frame';
