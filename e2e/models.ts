import { EVENT_MODELS, loadModel } from '../src/domain/model/registry';

/** The registered event models, whole: browser tests read their steps, checks and events. */
export const MODELS = await Promise.all(EVENT_MODELS.map(loadModel));
