// Every shopper- and agent-facing sentence of "Show it to an agent", in plain
// words, replaceable for i18n.

/** Text of the shopper's share prompt, bar and suggestions. */
export interface CoviewStrings {
  showAnAgent: string
  promptTitle: string
  promptTitleFromChat: string
  /** What is shared, and what never is. */
  promptBody: string
  confirm: string
  decline: string
  starting: string
  agentViewing: (agents: number) => string
  waitingForAgent: string
  reconnecting: string
  stopSharing: string
  suggestionVariant: (name: string) => string
  suggestionShade: (name: string) => string
  suggestionHotspot: (title: string) => string
  suggestionAngle: string
  acceptSuggestion: string
  dismissSuggestion: string
}

/** The English text; pass a partial `strings` to replace any of it. */
export const defaultCoviewStrings: CoviewStrings = {
  showAnAgent: 'Show an agent',
  promptTitle: 'Show this to an agent?',
  promptTitleFromChat: 'Also show the agent what you are looking at?',
  promptBody:
    'The agent sees the product, colour, angle and shade you pick, live. Never your camera, your face or your room. You can stop at any time.',
  confirm: 'Show an agent',
  decline: 'Not now',
  starting: 'Connecting to the store…',
  agentViewing: (n) => (n > 1 ? `${n} agents are viewing` : 'An agent is viewing'),
  waitingForAgent: 'Sharing: waiting for an agent to join…',
  reconnecting: 'Sharing: reconnecting…',
  stopSharing: 'Stop sharing',
  suggestionVariant: (name) => `The agent suggests the colour ${name}.`,
  suggestionShade: (name) => `The agent suggests the shade ${name}.`,
  suggestionHotspot: (title) => `The agent points at: ${title}.`,
  suggestionAngle: 'The agent suggests a view from another angle.',
  acceptSuggestion: 'Show me',
  dismissSuggestion: 'No thanks',
}
