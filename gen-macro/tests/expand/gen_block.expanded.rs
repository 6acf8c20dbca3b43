fn doubled(limit: u32) -> impl Iterator<Item = u32> {
    let words = vec![1, 2, 3];
    {
        #[derive(Clone)]
        #[allow(clippy::large_enum_variant)]
        enum __State<T0, T1, T2, T3> {
            Unresumed { limit: T1, words: T0 },
            Suspend0 { iter0: T3, limit: T2 },
            Returned,
        }
        let mut __state = __State::Unresumed {
            words: words,
            limit: limit,
        };
        ::gen_core::__private::Gen::new(move || {
            match ::gen_core::__private::replace(&mut __state, __State::Returned) {
                #[allow(unused_labels)]
                __State::Unresumed { words, limit } => {
                    let __out;
                    let __next;
                    '__step0: {
                        {
                            #[allow(unused_mut)]
                            let mut words = words;
                            #[allow(unused_mut)]
                            let mut limit = limit;
                            {
                                #[allow(unused_mut)]
                                let mut __iter0 = ::gen_core::__private::IntoIterator::into_iter(
                                    words,
                                );
                                '__exit1: {
                                    let ::gen_core::__private::Some(w) = ::gen_core::__private::Iterator::next(
                                        &mut __iter0,
                                    ) else {
                                        break '__exit1;
                                    };
                                    if w > limit {
                                        return ::gen_core::__private::None;
                                    }
                                    {
                                        let __value = w * 2;
                                        __next = ::gen_core::__private::same(
                                            &__state,
                                            __State::Suspend0 {
                                                limit: limit,
                                                iter0: __iter0,
                                            },
                                        );
                                        __out = ::gen_core::__private::Some(__value);
                                        break '__step0;
                                    };
                                }
                            }
                        }
                        return ::gen_core::__private::None;
                    }
                    ::gen_core::__private::set(&mut __state, __next);
                    __out
                }
                #[allow(
                    unreachable_code,
                    unused_labels,
                    clippy::diverging_sub_expression
                )]
                __State::Suspend0 { limit, iter0 } => {
                    let __out;
                    let __next;
                    '__step0: {
                        {
                            #[allow(unused_mut, unused_variables)]
                            let mut limit = limit;
                            {
                                #[allow(unused_mut, unused_variables)]
                                let mut __iter0 = iter0;
                                {
                                    {}
                                    '__exit4: {
                                        let ::gen_core::__private::Some(w) = ::gen_core::__private::Iterator::next(
                                            &mut __iter0,
                                        ) else {
                                            break '__exit4;
                                        };
                                        if w > limit {
                                            return ::gen_core::__private::None;
                                        }
                                        {
                                            let __value = w * 2;
                                            __next = ::gen_core::__private::same(
                                                &__state,
                                                __State::Suspend0 {
                                                    limit: limit,
                                                    iter0: __iter0,
                                                },
                                            );
                                            __out = ::gen_core::__private::Some(__value);
                                            break '__step0;
                                        };
                                    }
                                }
                            }
                        }
                        return ::gen_core::__private::None;
                    }
                    ::gen_core::__private::set(&mut __state, __next);
                    __out
                }
                __State::Returned => ::gen_core::__private::None,
            }
        })
    }
}
