fn parse_all<'a>(
    words: &'a [&'a str],
) -> impl Iterator<Item = Result<i32, std::num::ParseIntError>> + 'a {
    #[allow(clippy::large_enum_variant)]
    enum __State<T0, T1> {
        Unresumed { words: T0 },
        Suspend0 { iter0: T1 },
        Returned,
    }
    let mut __state = __State::Unresumed { words: words };
    ::gen_core::__private::Gen::new::<
        Result<i32, std::num::ParseIntError>,
    >(move || {
        match ::gen_core::__private::replace(&mut __state, __State::Returned) {
            #[allow(unused_labels)]
            __State::Unresumed { words } => {
                let __out;
                let __next;
                '__step0: {
                    {
                        let words = words;
                        {
                            #[allow(unused_mut)]
                            let mut __iter0 = ::gen_core::__private::IntoIterator::into_iter(
                                words,
                            );
                            '__exit1: {
                                let ::gen_core::__private::Some(word) = ::gen_core::__private::Iterator::next(
                                    &mut __iter0,
                                ) else {
                                    break '__exit1;
                                };
                                {
                                    let __value = ::gen_core::__private::item::<
                                        Result<i32, std::num::ParseIntError>,
                                    >(
                                        Ok(
                                            match ::gen_core::__private::Try::branch(
                                                word.parse::<i32>(),
                                            ) {
                                                ::gen_core::__private::ControlFlow::Continue(__continue) => {
                                                    __continue
                                                }
                                                ::gen_core::__private::ControlFlow::Break(__residual) => {
                                                    return ::gen_core::__private::Residual::finish(__residual);
                                                }
                                            },
                                        ),
                                    );
                                    __next = ::gen_core::__private::same(
                                        &__state,
                                        __State::Suspend0 {
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
            #[allow(unreachable_code, unused_labels, clippy::diverging_sub_expression)]
            __State::Suspend0 { iter0 } => {
                let __out;
                let __next;
                '__step0: {
                    {
                        {
                            #[allow(unused_mut, unused_variables)]
                            let mut __iter0 = iter0;
                            {
                                {}
                                '__exit4: {
                                    let ::gen_core::__private::Some(word) = ::gen_core::__private::Iterator::next(
                                        &mut __iter0,
                                    ) else {
                                        break '__exit4;
                                    };
                                    {
                                        let __value = ::gen_core::__private::item::<
                                            Result<i32, std::num::ParseIntError>,
                                        >(
                                            Ok(
                                                match ::gen_core::__private::Try::branch(
                                                    word.parse::<i32>(),
                                                ) {
                                                    ::gen_core::__private::ControlFlow::Continue(__continue) => {
                                                        __continue
                                                    }
                                                    ::gen_core::__private::ControlFlow::Break(__residual) => {
                                                        return ::gen_core::__private::Residual::finish(__residual);
                                                    }
                                                },
                                            ),
                                        );
                                        __next = ::gen_core::__private::same(
                                            &__state,
                                            __State::Suspend0 {
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
