// A product page as model-viewer's docs write it: one element, default attributes plus camera-controls.
document.getElementById('root').append(createViewer(benchModels()[0]))
