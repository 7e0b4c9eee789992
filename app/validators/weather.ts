import vine from '@vinejs/vine'
import { singleLineText } from '#validators/text'

/** A place name as people type it: "Lisbon", "Portland, Oregon". */
const location = () => singleLineText({ max: 120 })

/** The weather page's place (submitted empty, the page just asks for a place). */
export const weatherPageValidator = vine.create({
  location: singleLineText({ min: 0, max: 120 }).optional(),
})

/** The API's forecast for a place named in the URL. */
export const apiWeatherValidator = vine.create({
  params: vine.object({ location: location() }),
})
