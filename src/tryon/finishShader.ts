import type { Finish } from '../product/schema'

/** Finish codes as the composite shader knows them. */
export const FINISH_CODE: Record<Finish, number> = { matte: 0, satin: 1, gloss: 2, sheer: 3, metallic: 4, shimmer: 5 }

export const COMPOSITE_VERTEX = /* glsl */ `
varying vec2 vUv;
void main() {
  vUv = uv;
  gl_Position = vec4(position.xy, 0.0, 1.0);
}
`

// Works in linear light. The lip's own shading is kept as `rel`, the pixel's
// luminance relative to the mean luminance of the lips: the shade colour is
// scaled by it, so texture, creases and the real light survive on dark and on
// light lips alike, and each finish changes how that light is rendered.
export const COMPOSITE_FRAGMENT = /* glsl */ `
uniform sampler2D tSource;
uniform sampler2D tMask;
uniform vec3 uColor;
uniform float uOpacity;
uniform float uIntensity;
uniform float uSplit;
uniform float uMirror;
uniform float uMeanLuma;
uniform float uTime;
uniform int uFinish;
uniform vec2 uSize;
varying vec2 vUv;

vec3 toLinear(vec3 c) { return mix(c / 12.92, pow((c + 0.055) / 1.055, vec3(2.4)), step(0.04045, c)); }
vec3 toSrgb(vec3 c) { c = clamp(c, 0.0, 1.0); return mix(c * 12.92, 1.055 * pow(c, vec3(1.0 / 2.4)) - 0.055, step(0.0031308, c)); }
float luma(vec3 c) { return dot(c, vec3(0.2126, 0.7152, 0.0722)); }
float hash(vec2 p) { return fract(sin(dot(p, vec2(127.1, 311.7))) * 43758.5453); }

void main() {
  vec2 screen = vUv;
  vec2 imageUv = vec2(mix(screen.x, 1.0 - screen.x, uMirror), screen.y);
  vec3 src = toLinear(texture2D(tSource, vec2(imageUv.x, 1.0 - imageUv.y)).rgb);
  vec4 mask = texture2D(tMask, imageUv);
  float coverage = mask.r;
  float across = mask.g;
  float lower = mask.b;
  if (coverage <= 0.0 || screen.x < uSplit) { gl_FragColor = vec4(toSrgb(src), 1.0); return; }

  float y = luma(src);
  float mean = max(uMeanLuma, 0.01);
  float rel = y / mean;
  vec3 color = uColor;
  float colorLuma = max(luma(color), 0.005);
  // A little of the lips' own brightness shows through: the same red looks deeper on darker lips.
  float natural = pow(clamp(mean / colorLuma, 0.25, 4.0), 0.15);
  vec3 base = color * natural;
  // Shadows keep their depth; above the mean the body colour brightens slowly, so light lips
  // don't turn the shade pastel. Highlights are the finishes' business.
  float body = pow(min(rel, 1.0), 0.9) * (1.0 + 0.3 * max(rel - 1.0, 0.0));
  float highlight = smoothstep(1.15, 2.2, rel);
  // Gloss highlights sit where a curved lip faces the light: the middle of the lower lip, a thinner line on the upper.
  float shape = lower * exp(-pow((across - 0.42) / 0.14, 2.0)) + (1.0 - lower) * 0.4 * exp(-pow((across - 0.6) / 0.1, 2.0));
  vec2 pixel = floor(imageUv * uSize);
  vec3 outc;

  if (uFinish == 0) {
    // matte: softened shading, no shine, a touch of powdery lift
    outc = base * (pow(min(rel, 1.0), 0.6) * 0.97 + 0.03);
  } else if (uFinish == 1) {
    // satin: the lip's own shading and a soft, broad sheen
    outc = base * body + vec3(0.06 * smoothstep(0.9, 1.8, rel)) * (0.6 + 0.4 * shape);
  } else if (uFinish == 2) {
    // gloss: wet look, crisp white highlights on the real light, along the lip's curve
    outc = base * body * 0.95 + vec3(0.45 * pow(highlight, 1.3) + 0.16 * shape * smoothstep(0.7, 1.4, rel));
  } else if (uFinish == 3) {
    // sheer: a tint multiplied over the lips' own colour, which stays visible
    vec3 tint = color / max(max(color.r, color.g), max(color.b, 0.001));
    outc = mix(src * mix(vec3(1.0), tint, 0.85), base * body, 0.25) + vec3(0.05 * highlight);
  } else if (uFinish == 4) {
    // metallic: deep body, highlights tinted by the colour itself, a sheen across the lip
    outc = base * pow(min(rel, 1.0), 1.4) * 0.7 + (color * 0.85 + vec3(0.1)) * (0.9 * smoothstep(0.95, 1.8, rel) + 0.3 * shape)
      + color * 0.15 * sin(across * 3.14159);
  } else {
    // shimmer: satin with a fine pearly grain and single-pixel sparkle that twinkles over time
    float grain = hash(pixel * 1.37 + 5.0);
    float h = hash(pixel + floor(uTime * 4.0) * 17.0);
    float sparkle = step(0.9, h) * hash(pixel.yx + 3.1) * (0.6 + 0.4 * min(rel, 1.5));
    outc = base * body * (0.84 + 0.32 * grain) + vec3(0.05 * highlight) + vec3(1.0, 0.9, 0.75) * sparkle * 0.9;
  }
  float a = clamp(coverage * uOpacity * uIntensity, 0.0, 1.0);
  gl_FragColor = vec4(toSrgb(mix(src, outc, a)), 1.0);
}
`

export const MASK_VERTEX = /* glsl */ `
attribute vec3 lip;
varying vec3 vLip;
void main() {
  vLip = lip;
  gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
}
`

export const MASK_FRAGMENT = /* glsl */ `
varying vec3 vLip;
void main() { gl_FragColor = vec4(vLip, 1.0); }
`

/** Default opacity of each finish when the shade gives none. */
export const FINISH_OPACITY: Record<Finish, number> = {
  matte: 0.95,
  satin: 0.88,
  gloss: 0.85,
  sheer: 0.75,
  metallic: 0.9,
  shimmer: 0.85,
}
