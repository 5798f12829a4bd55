import mongoose from 'mongoose';
import { deadlinePlugin } from './deadline.js';

// Every model compiled after this runs keeps to its request's deadline: mongoose applies global
// plugins when a model is compiled. The kit's index imports this first, before any module of the
// kit or of a service defines a model; connectDatabase warns about a model compiled earlier.
mongoose.plugin(deadlinePlugin);
