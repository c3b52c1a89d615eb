const models = benchModels()
const root = document.getElementById('root')
for (let i = 0; i < 12; i++) {
  const model = models[i % models.length]
  const card = document.createElement('div')
  card.className = 'card'
  const name = document.createElement('p')
  name.textContent = model.name
  card.append(createViewer(model), name)
  root.append(card)
}
