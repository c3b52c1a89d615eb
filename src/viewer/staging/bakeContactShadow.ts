import {
  Mesh,
  OrthographicCamera,
  PlaneGeometry,
  Scene,
  ShaderMaterial,
  WebGLRenderTarget,
  type Object3D,
  type Texture,
  type WebGLRenderer,
  LinearFilter,
  Color,
} from 'three'

// Made per bake and disposed after it: a material shared across renderers
// would keep every past renderer alive through its dispose listeners.
// Silhouette seen from below, darker where the model is close to the floor.
const createHeightFade = () =>
  new ShaderMaterial({
    uniforms: { maxHeight: { value: 1 } },
    vertexShader: `varying float vHeight;
    void main() { vec4 w = modelMatrix * vec4(position, 1.0); vHeight = w.y; gl_Position = projectionMatrix * viewMatrix * w; }`,
    fragmentShader: `uniform float maxHeight; varying float vHeight;
    void main() { float a = 1.0 - smoothstep(0.0, maxHeight, vHeight); gl_FragColor = vec4(0.0, 0.0, 0.0, a * a); }`,
    side: 2,
  })

const createBlur = () =>
  new ShaderMaterial({
    uniforms: { map: { value: null as Texture | null }, step: { value: [0, 0] } },
    vertexShader: `varying vec2 vUv; void main() { vUv = uv; gl_Position = vec4(position.xy, 0.0, 1.0); }`,
    fragmentShader: `uniform sampler2D map; uniform vec2 step; varying vec2 vUv;
    void main() {
      vec4 sum = vec4(0.0);
      float w[5]; w[0] = 0.227027; w[1] = 0.1945946; w[2] = 0.1216216; w[3] = 0.054054; w[4] = 0.016216;
      sum += texture2D(map, vUv) * w[0];
      for (int i = 1; i < 5; i++) {
        sum += texture2D(map, vUv + step * float(i)) * w[i];
        sum += texture2D(map, vUv - step * float(i)) * w[i];
      }
      gl_FragColor = sum;
    }`,
    depthTest: false,
    depthWrite: false,
  })

export interface ContactShadow {
  texture: Texture
  dispose(): void
}

/**
 * Renders a soft contact shadow once for a static model: the model from
 * below, faded by height, blurred. Costs a few draw calls when the model
 * loads and nothing per frame afterwards, which suits render-on-demand.
 */
export function bakeContactShadow(
  renderer: WebGLRenderer,
  model: Object3D,
  width: number,
  depth: number,
  height: number,
  resolution = 256,
  blurPasses = 3,
): ContactShadow {
  const heightFade = createHeightFade()
  const blurMaterial = createBlur()
  const targets = [0, 1].map(
    () => new WebGLRenderTarget(resolution, resolution, { minFilter: LinearFilter, magFilter: LinearFilter }),
  )
  // Looking up from under the floor mirrors x; swapping left/right unmirrors it
  // so the texture lies on the ground plane the right way round.
  const camera = new OrthographicCamera(width / 2, -width / 2, depth / 2, -depth / 2, 0, height * 2 + 1)
  camera.position.set(0, -0.001, 0)
  camera.lookAt(0, 1, 0)
  camera.up.set(0, 0, -1)
  camera.lookAt(0, 1, 0)

  const scene = new Scene()
  const parent = model.parent
  scene.add(model)
  scene.overrideMaterial = heightFade
  heightFade.uniforms.maxHeight.value = Math.max(0.05, height * 0.6)

  const previousTarget = renderer.getRenderTarget()
  const previousClear = new Color()
  renderer.getClearColor(previousClear)
  const previousAlpha = renderer.getClearAlpha()
  renderer.setClearColor(0x000000, 0)
  renderer.setRenderTarget(targets[0])
  renderer.clear()
  renderer.render(scene, camera)
  scene.remove(model)
  if (parent) parent.add(model)

  const quad = new Mesh(new PlaneGeometry(2, 2), blurMaterial)
  const quadScene = new Scene().add(quad)
  for (let pass = 0; pass < blurPasses * 2; pass++) {
    const from = targets[pass % 2],
      to = targets[(pass + 1) % 2]
    blurMaterial.uniforms.map.value = from.texture
    blurMaterial.uniforms.step.value = pass % 2 === 0 ? [1.5 / resolution, 0] : [0, 1.5 / resolution]
    renderer.setRenderTarget(to)
    renderer.clear()
    renderer.render(quadScene, camera)
  }
  renderer.setRenderTarget(previousTarget)
  renderer.setClearColor(previousClear, previousAlpha)
  quad.geometry.dispose()
  blurMaterial.dispose()
  heightFade.dispose()
  // An even number of passes ends in targets[0].
  targets[1].dispose()
  return { texture: targets[0].texture, dispose: () => targets[0].dispose() }
}
