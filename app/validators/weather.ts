import vine from '@vinejs/vine'

/** A place name as people type it: "Lisbon", "Portland, Oregon". */
const location = () => vine.string().trim().minLength(1).maxLength(120)

/** The weather page's place (submitted empty, the page just asks for a place). */
export const weatherPageValidator = vine.create({
  location: vine.string().trim().maxLength(120).optional(),
})

/** The API's forecast for a place named in the URL. */
export const apiWeatherValidator = vine.create({
  params: vine.object({ location: location() }),
})
