/*
|--------------------------------------------------------------------------
| Edge globals for images
|--------------------------------------------------------------------------
|
| Uploaded images carry their sizes in their URL (see #services/images):
| templates write srcset, sizes, width and height from it with no lookup.
|
*/

import edge from 'edge.js'
import { absoluteUrl, defaultAvatarPath, responsiveImage } from '#services/images'

edge.global('responsiveImage', responsiveImage)
edge.global('defaultAvatarPath', defaultAvatarPath)
edge.global('absoluteUrl', absoluteUrl)
