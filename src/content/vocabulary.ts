export const competencies = [
  'self-awareness',
  'self-management',
  'social-awareness',
  'relationship-skills',
  'responsible-decision-making',
] as const

export const lifeStages = ['early-childhood', 'school-age', 'tweens', 'teens', 'young-adults', 'adult-sons'] as const

export const documentTypes = ['section', 'topic', 'faq', 'prompt', 'activity'] as const

export type Competency = (typeof competencies)[number]
export type LifeStage = (typeof lifeStages)[number]
export type DocumentType = (typeof documentTypes)[number]
