import vine from '@vinejs/vine'
import { singleLineText } from '#validators/text'

/** A place name as people type it: "Lisbon", "Portland, Oregon". */
const location = () => singleLineText({ max: 120 })

/** GET /weather?location= (submitted empty, the page just asks for a place). */
export const weatherPageValidator = vine.create({
  location: singleLineText({ min: 0, max: 120 }).optional(),
})

/** GET /api/v1/weather/:location */
export const apiWeatherValidator = vine.create({
  params: vine.object({ location: location() }),
})
