'use strict'
require('./action/index.cjs')
